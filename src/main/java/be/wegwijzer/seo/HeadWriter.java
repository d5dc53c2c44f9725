package be.wegwijzer.seo;

import be.wegwijzer.base.web.DutchTexts;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Writes a {@link PageHead} into the page shell Vaadin sends first: the head tags, the JSON-LD and the readable
 * content. Everything goes through jsoup's API (text and attributes are escaped by jsoup; the JSON-LD is encoded by
 * {@link StructuredData#toScript}); the only markup taken as-is is the item text, which {@code Markdown.toSafeHtml}
 * already made safe and which jsoup parses into nodes again.
 */
final class HeadWriter {

    /** The Open Graph and Twitter share image, drawn for the portal (frontend/images/deelkaart.svg). */
    static final String SHARE_IMAGE = "/images/deelkaart.png";

    static final int SHARE_IMAGE_WIDTH = 1200;
    static final int SHARE_IMAGE_HEIGHT = 630;
    /** The class of the prerendered content; the site stylesheet hides it once the Vaadin view is on the page. */
    static final String PRERENDERED = "prerendered";

    private HeadWriter() {}

    static void write(Document document, PageHead head, String base) {
        document.selectFirst("html").attr("lang", "nl-BE");
        Element h = document.head();
        if (head.title() != null) {
            Element title = h.selectFirst("title");
            if (title == null) {
                title = h.appendElement("title");
            }
            title.text(head.title());
        }
        if (head.description() != null) {
            meta(h, "name", "description", head.description());
        }
        if (!head.indexable()) {
            meta(h, "name", "robots", "noindex, follow");
        }
        if (head.canonicalPath() != null) {
            h.appendElement("link").attr("rel", "canonical").attr("href", base + head.canonicalPath());
        }
        if (head.title() != null && head.description() != null) {
            openGraph(h, head, base);
        }
        for (PageHead.Alternate alternate : head.alternates()) {
            h.appendElement("link")
                    .attr("rel", "alternate")
                    .attr("type", alternate.type())
                    .attr("title", alternate.title())
                    .attr("href", base + alternate.path());
        }
        // A nonce like every other script of the page, when the page already has one: the policy does not apply
        // to data blocks, but the page stays uniform (BootstrapPageHardening gives it one when it runs after us).
        Element nonced = document.selectFirst("script[nonce]");
        for (Map<String, Object> node : head.structuredData()) {
            Element script = h.appendElement("script").attr("type", "application/ld+json");
            script.appendChild(new DataNode(StructuredData.toScript(node)));
            if (nonced != null) {
                script.attr("nonce", nonced.attr("nonce"));
            }
        }
        if (head.content() != null) {
            document.body().prependChild(content(document, head));
        }
    }

    private static void openGraph(Element h, PageHead head, String base) {
        String image = base + SHARE_IMAGE;
        String alt = DutchTexts.get("seo.image.alt");
        meta(h, "property", "og:site_name", DutchTexts.get("app.name"));
        meta(h, "property", "og:locale", "nl_BE");
        meta(h, "property", "og:type", head.ogType());
        meta(h, "property", "og:title", head.content() != null ? head.content().heading() : head.title());
        meta(h, "property", "og:description", head.description());
        if (head.canonicalPath() != null) {
            meta(h, "property", "og:url", base + head.canonicalPath());
        }
        meta(h, "property", "og:image", image);
        meta(h, "property", "og:image:type", "image/png");
        meta(h, "property", "og:image:width", String.valueOf(SHARE_IMAGE_WIDTH));
        meta(h, "property", "og:image:height", String.valueOf(SHARE_IMAGE_HEIGHT));
        meta(h, "property", "og:image:alt", alt);
        meta(h, "name", "twitter:card", "summary_large_image");
        meta(h, "name", "twitter:title", head.content() != null ? head.content().heading() : head.title());
        meta(h, "name", "twitter:description", head.description());
        meta(h, "name", "twitter:image", image);
        meta(h, "name", "twitter:image:alt", alt);
    }

    private static void meta(Element head, String keyAttribute, String key, String content) {
        head.appendElement("meta").attr(keyAttribute, key).attr("content", content);
    }

    /** The portal's header, the breadcrumbs and the page's content, in the site's own classes. */
    private static Element content(Document document, PageHead head) {
        Element frame = document.createElement("div").addClass("page").addClass(PRERENDERED);
        Element header = frame.appendElement("header").addClass("site-header");
        Element brand = header.appendElement("a").addClass("brand").attr("href", "/");
        brand.appendElement("span")
                .addClass("brand-mark")
                .attr("aria-hidden", "true")
                .text("W");
        brand.appendElement("span").addClass("brand-name").text(DutchTexts.get("app.name"));
        Element nav = header.appendElement("nav").attr("aria-label", DutchTexts.get("layout.nav"));
        Element menu = nav.appendElement("ul").addClass("main-nav");
        for (String[] entry : List.of(
                new String[] {"nav.search", "/zoeken"},
                new String[] {"nav.finder", "/steunzoeker"},
                new String[] {"nav.scan", "/scan"},
                new String[] {"nav.helpers", "/wie-helpt"},
                new String[] {"nav.themes", "/themas"},
                new String[] {"nav.agenda", "/agenda"})) {
            menu.appendElement("li").appendElement("a").attr("href", entry[1]).text(DutchTexts.get(entry[0]));
        }

        Element main = frame.appendElement("main").addClass("site-main");
        if (head.crumbs().size() > 1) {
            Element trail = main.appendElement("nav")
                    .addClass("breadcrumbs")
                    .attr("aria-label", DutchTexts.get("seo.crumbs.label"))
                    .appendElement("ol");
            List<Crumb> crumbs = head.crumbs();
            for (int i = 0; i < crumbs.size(); i++) {
                Element step = trail.appendElement("li");
                if (i < crumbs.size() - 1) {
                    step.appendElement("a")
                            .attr("href", crumbs.get(i).path())
                            .text(crumbs.get(i).name());
                } else {
                    step.appendElement("span")
                            .attr("aria-current", "page")
                            .text(crumbs.get(i).name());
                }
            }
        }
        PageHead.Content c = head.content();
        Element article = main.appendElement("article").addClass("item-page");
        if (c.kind() != null) {
            article.appendElement("p").addClass("badge").text(c.kind());
        }
        article.appendElement("h1").text(c.heading());
        if (c.lead() != null) {
            article.appendElement("p").addClass("lead").text(c.lead());
        }
        if (c.bodyHtml() != null && !c.bodyHtml().isBlank()) {
            Element body = article.appendElement("div").addClass("item-body");
            for (Node node : Jsoup.parseBodyFragment(c.bodyHtml()).body().childNodes()) {
                body.appendChild(node.clone());
            }
        }
        if (!c.questions().isEmpty()) {
            Element section = article.appendElement("section").addClass("faq");
            section.appendElement("h2").text(DutchTexts.get("item.faq.heading"));
            Element list = section.appendElement("dl");
            for (PageHead.Question q : c.questions()) {
                list.appendElement("dt").text(q.question());
                list.appendElement("dd").text(q.answer());
            }
        }
        if (!c.links().isEmpty()) {
            Element list = article.appendElement("ul").addClass("link-list");
            for (PageHead.Link link : c.links()) {
                list.appendElement("li")
                        .appendElement("a")
                        .attr("href", link.path())
                        .text(link.label());
            }
        }
        return frame;
    }
}
