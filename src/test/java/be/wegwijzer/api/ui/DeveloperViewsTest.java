package be.wegwijzer.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;

class DeveloperViewsTest extends UiTest {

    @Test
    void theDevelopersPageShowsEveryEndpointWithAnExampleAndTheTerms() {
        navigate(DeveloperView.PATH, DeveloperView.class);
        assertThat(texts(H1.class)).containsExactly("Onze inhoud op je eigen website");
        assertThat(texts(H3.class))
                .containsExactly(
                        "Zoeken", "Filteren en sorteren", "Eén item", "Codes en labels", "De Steunzoeker", "De agenda");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text)
                .contains(
                        "/api/v1/zoeken?q=werkdruk",
                        "/api/v1/steunzoeker",
                        "Voorwaarden voor hergebruik",
                        "120 verzoeken per minuut",
                        "Retry-After");
        assertThat(links()).contains("/ontwikkelaars/widget", "/api/v1/openapi.json");
    }

    @Test
    void theSnippetFollowsTheChoicesAndLeavesOutWhatIsNotChosen() {
        WidgetView view = navigate(WidgetView.PATH, WidgetView.class);
        assertThat(view.snippet.getText())
                .contains("/widget/widget.js\"", "data-titel=\"Werkbaar werk: tools, praktijken en steun\"")
                .doesNotContain("data-thema", "data-zoekvak", "data-open");

        view.theme.setValue(view.theme
                .getListDataView()
                .getItems()
                .filter(t -> t.code().equals("werkdruk"))
                .findFirst()
                .orElseThrow());
        view.type.setValue(view.type
                .getListDataView()
                .getItems()
                .filter(t -> t.code().equals("maatregel"))
                .findFirst()
                .orElseThrow());
        view.openOnly.setValue(true);
        view.searchBox.setValue(false);
        view.count.setValue(3);
        view.title.setValue("Steun \"nu\" <open>");
        assertThat(view.snippet.getText())
                .contains(
                        "data-thema=\"werkdruk\"",
                        "data-type=\"maatregel\"",
                        "data-open=\"ja\"",
                        "data-zoekvak=\"nee\"",
                        "data-aantal=\"3\"",
                        "data-titel=\"Steun &quot;nu&quot; &lt;open&gt;\"")
                .endsWith(" async></script>");
    }
}
