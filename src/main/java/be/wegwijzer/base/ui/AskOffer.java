package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Stel je vraag": a link to {@code /vraag} with what the visitor was looking at (theme, sector, region, company
 * size) filled in. Prominent where the portal found little; a quiet line elsewhere. Lives here because the search
 * page, item pages and audience pages all offer it, and it only builds an address.
 */
public class AskOffer extends Paragraph {

    public static final String PATH = "vraag";

    /**
     * @param codes      parameter ({@code thema}, {@code sector}, {@code regio}, {@code grootte}) → code; blank
     *                   values are left out
     * @param prominent  whether results were thin: then the offer is a call to action
     */
    public AskOffer(Map<String, String> codes, boolean prominent) {
        addClassName("ask-offer");
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        codes.forEach((name, code) -> {
            if (code != null && !code.isBlank()) {
                parameters.put(name, List.of(code));
            }
        });
        String query = new QueryParameters(parameters).getQueryString();
        Anchor link = new Anchor("/" + PATH + (query.isEmpty() ? "" : "?" + query), getTranslation("ask.link"));
        if (prominent) {
            addClassName("prominent");
            add(getTranslation("ask.link.thin") + " ");
            link.addClassName("button-link");
        }
        add(link);
    }
}
