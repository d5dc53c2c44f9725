package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Div;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Server-rendered HTML content in a div. Only for HTML that is already safe; {@link #marked} enforces it. */
public final class Html {

    private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

    private Html() {}

    /** Sanitised Markdown output (see {@code Markdown.toSafeHtml}). */
    public static Div of(String safeHtml, String className) {
        Div div = new Div();
        div.addClassName(className);
        div.getElement().setProperty("innerHTML", safeHtml);
        return div;
    }

    /** Highlighted search text: everything escaped except {@code <mark>}. */
    public static String marked(String highlighted) {
        return Jsoup.clean(highlighted, MARK_ONLY);
    }
}
