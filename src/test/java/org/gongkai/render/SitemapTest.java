package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.model.Output;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The sitemap protocol allows 50,000 URLs a file; an archive of 100,000 reports has 300,000
 * pages. Past the limit, sitemap.xml becomes a sitemap index of files that each stay within it.
 */
class SitemapTest {
  private static final String BASE = "https://www.example.gov.cn/xxgk/ndbg/";

  private static Map<String, byte[]> sitemap(int pages) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < pages; i++) paths.add("省/机关" + i + "/2023/index.html");
    Map<String, byte[]> out = new LinkedHashMap<>();
    new SiteFiles(null, new Chrome("t"), BASE).sitemap(paths, o -> out.put(o.path(), ((Output.Bytes) o).bytes()));
    return out;
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  @Test
  void upToTheLimitOneFileListsEveryPage() throws Exception {
    Map<String, byte[]> files = sitemap(50_000);
    assertEquals(List.of("sitemap.xml"), List.copyOf(files.keySet()));
    Document d = xml(files.get("sitemap.xml"));
    assertEquals("urlset", d.getDocumentElement().getLocalName());
    assertEquals(50_000, d.getElementsByTagNameNS("*", "url").getLength());
  }

  @Test
  void pastTheLimitAnIndexPointsToFilesWithinIt() throws Exception {
    Map<String, byte[]> files = sitemap(120_001);
    assertEquals(List.of("sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml", "sitemap.xml"), List.copyOf(files.keySet()));
    Document index = xml(files.get("sitemap.xml"));
    assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
    NodeList locs = index.getElementsByTagNameNS("*", "loc");
    assertEquals(3, locs.getLength());
    assertEquals(BASE + "sitemaps/2.xml", locs.item(1).getTextContent());
    int total = 0;
    for (int i = 1; i <= 3; i++) {
      NodeList urls = xml(files.get("sitemaps/" + i + ".xml")).getElementsByTagNameNS("*", "loc");
      assertTrue(urls.getLength() <= 50_000);
      total += urls.getLength();
    }
    assertEquals(120_001, total);
    String last = xml(files.get("sitemaps/3.xml")).getElementsByTagNameNS("*", "loc").item(0).getTextContent();
    assertTrue(last.startsWith(BASE + "%E7%9C%81/"), last);
  }
}
