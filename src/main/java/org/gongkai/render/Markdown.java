package org.gongkai.render;

import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Report prose (Markdown, untrusted) → HTML that is safe to embed: raw HTML is escaped, unsafe
 * URLs (javascript:, data:, vbscript:) are dropped, images become links (a page must not load
 * anything from another host under {@code default-src 'self'}), and headings start at level 3
 * because a page's {@code <h1>} and section {@code <h2>}s are the template's.
 *
 * <p>Immutable and thread-safe.
 */
final class Markdown {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          // commonmark's default also allows data:, which can carry a whole HTML page.
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
          .percentEncodeUrls(true)
          .nodeRendererFactory(ImageAsLink::new)
          .attributeProviderFactory(c -> (node, tag, attrs) -> {
            if (node instanceof Link) attrs.put("rel", "nofollow noopener noreferrer");
          })
          .build();

  String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) return "";
    Node doc = parser.parse(markdown);
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        heading.setLevel(Math.max(3, Math.min(6, heading.getLevel())));
        visitChildren(heading);
      }
    });
    return renderer.render(doc);
  }

  /** Renders {@code ![alt](url)} as a link to the image, so nothing is fetched from elsewhere. */
  private static final class ImageAsLink implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ImageAsLink(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      StringBuilder alt = new StringBuilder();
      for (Node c = image.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Text t) alt.append(t.getLiteral());
      }
      String label = alt.length() == 0 ? "图片" : alt.toString();
      String url = context.urlSanitizer().sanitizeLinkUrl(image.getDestination());
      if (url.isEmpty() || !(url.startsWith("http://") || url.startsWith("https://"))) {
        html.text("［" + label + "］");
        return;
      }
      // Insertion-ordered: Map.of's order changes between JVM runs, and output must not.
      java.util.Map<String, String> attrs = new java.util.LinkedHashMap<>();
      attrs.put("href", context.encodeUrl(url));
      attrs.put("rel", "nofollow noopener noreferrer");
      html.tag("a", attrs);
      html.text("［图片：" + label + "］");
      html.tag("/a");
    }
  }
}
