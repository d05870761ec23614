/** China's administrative divisions (统计用区划代码), province to township, for region paths. */
package org.gongkai.region;
