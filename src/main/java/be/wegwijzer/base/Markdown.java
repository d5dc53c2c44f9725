package be.wegwijzer.base;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown of item bodies, rendered the same way everywhere (public page, editor preview, search index).
 * Raw HTML in the source is escaped by the renderer and the result is sanitised again with an allow-list,
 * so a body can never inject script, styles or event handlers.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private Markdown() {}

    /** Safe HTML for the page; headings start at level 2 so the page title stays the only h1. */
    public static String toSafeHtml(String markdown) {
        String html = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        String safe = Jsoup.clean(html, SAFELIST);
        return safe.replace("<h1>", "<h2>").replace("</h1>", "</h2>");
    }

    /**
     * Plain text for the search index and snippets. A heading gets a full stop when it has no closing punctuation:
     * a snippet joins lines with spaces, and "Wat ze deden Het team" reads as one garbled sentence.
     */
    public static String toPlainText(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLastChild() instanceof Text text
                        && !text.getLiteral().strip().matches(".*[.:!?]$")) {
                    text.setLiteral(text.getLiteral().stripTrailing() + ".");
                }
            }
        });
        return TEXT.render(document);
    }
}
