package be.wegwijzer.base.web;

import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpStatus;

/**
 * The HTML of an error answered outside Vaadin: the portal's header, what went wrong in plain Dutch, a search form
 * that works without JavaScript and the way home. Built with jsoup, so every text is escaped.
 */
final class ErrorPage {

    /** The portal's Dutch texts, read directly: these pages are answered outside Vaadin, without its i18n provider. */
    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("vaadin-i18n.translations", Locale.forLanguageTag("nl-BE"));

    private ErrorPage() {}

    static String render(String contextPath, HttpStatus status) {
        ResourceBundle texts = TEXTS;
        String[] keys = switch (status) {
            case BAD_REQUEST -> new String[] {"httperror.badrequest.title", "httperror.badrequest.text"};
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
                new String[] {"httperror.toolong.title", "httperror.toolong.text"};
            case NOT_FOUND -> new String[] {"notfound.title", "httperror.notfound.text"};
            case FORBIDDEN, UNAUTHORIZED -> new String[] {"denied.title", "httperror.forbidden.text"};
            case METHOD_NOT_ALLOWED -> new String[] {"httperror.method.title", "httperror.method.text"};
            default ->
                status.is4xxClientError()
                        ? new String[] {"httperror.badrequest.title", "httperror.badrequest.text"}
                        : new String[] {"error.title", "error.text"};
        };
        String title = texts.getString(keys[0]);
        String home = contextPath + "/";

        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "nl-BE");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        head.appendElement("title").text(title + " | " + texts.getString("app.name"));
        head.appendElement("link").attr("rel", "stylesheet").attr("href", contextPath + "/styles/wegwijzer.css");

        Element frame = page.body().appendElement("div").addClass("page");
        Element brand = frame.appendElement("header")
                .addClass("site-header")
                .appendElement("a")
                .addClass("brand")
                .attr("href", home);
        brand.appendElement("span")
                .addClass("brand-mark")
                .attr("aria-hidden", "true")
                .text("W");
        brand.appendElement("span").addClass("brand-name").text(texts.getString("app.name"));

        Element main = frame.appendElement("main")
                .addClass("site-main")
                .addClass("error-page")
                .attr("id", "inhoud");
        main.appendElement("h1").text(title);
        main.appendElement("p").text(texts.getString(keys[1]));
        main.appendElement("p").addClass("error-code").text(texts.getString("httperror.code") + " " + status.value());
        Element form = main.appendElement("form")
                .attr("action", contextPath + "/zoeken")
                .attr("method", "get")
                .attr("role", "search");
        form.appendElement("label").attr("for", "q").text(texts.getString("search.field.label"));
        form.appendElement("input").attr("id", "q").attr("name", "q").attr("type", "search");
        form.appendElement("button").attr("type", "submit").text(texts.getString("search.button"));
        main.appendElement("p").appendElement("a").attr("href", home).text(texts.getString("notfound.home"));
        return page.outerHtml();
    }
}
