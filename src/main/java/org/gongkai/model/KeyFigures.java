package org.gongkai.model;

/**
 * The few numbers lists show for a report; {@code null} where the original lacks them.
 *
 * @param received 一、本年新收 (总计)
 * @param disclosed 予以公开 + 部分公开 (总计)
 * @param reviews 行政复议 总计
 * @param lawsuits 行政诉讼 总计 (both kinds)
 */
public record KeyFigures(Long received, Long disclosed, Long reviews, Long lawsuits) {}
