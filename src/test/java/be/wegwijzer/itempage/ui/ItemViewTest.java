package be.wegwijzer.itempage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.NotFoundView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;

class ItemViewTest extends UiTest {

    @Test
    void showsEveryPartOfAToolPage() {
        navigate("tool/werkstress-scan", ItemView.class);
        assertThat(texts(H1.class)).containsExactly("Werkstress-scan voor kleine teams");
        assertThat(texts(Paragraph.class))
                .contains("Met deze korte scan breng je in twintig minuten de werkstress in je team in kaart.");
        assertThat($view(Div.class).all())
                .anyMatch(d -> d.hasClassName("item-body")
                        && String.valueOf(d.getElement().getProperty("innerHTML"))
                                .contains("<h2>Wat is het</h2>"));
        assertThat(texts(H2.class))
                .contains("In het kort", "Hoe aanpakken", "Wie deed het al", "Welke steun", "Bron en actualiteit");
        assertThat(links())
                .contains(
                        "/organisatie/kenniscentrum-werk",
                        "/praktijk/bakkerij-limburg",
                        "/fiche/werkdruk",
                        "/maatregel/werkbaarheidscheque",
                        "/thema/werkstress");
        String facts = $view(DescriptionList.class).all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .reduce("", String::concat);
        assertThat(facts)
                .contains("Scan", "20 minuten", "Nederlands", "Starter", "Gratis", "Testcorpus", "1 november 2026");
    }

    @Test
    void saysWhenAMeasureHasEnded() {
        navigate("maatregel/oude-oproep", ItemView.class);
        String facts = $view(DescriptionList.class).first().getElement().getTextRecursively();
        assertThat(facts).contains("Afgelopen op 31 december 2022");
    }

    @Test
    void aMeasureShowsItsQuestionsAsFaqPageData() {
        navigate("maatregel/werkbaarheidscheque", ItemView.class);
        Section faq = $view(Section.class).all().stream()
                .filter(s -> s.hasClassName("item-faq"))
                .findFirst()
                .orElseThrow();
        assertThat(faq.getElement().getAttribute("itemtype")).isEqualTo("https://schema.org/FAQPage");
        String html = faq.getElement().getOuterHTML();
        assertThat(html)
                .contains(
                        "<h2>Veelgestelde vragen</h2>",
                        "itemtype=\"https://schema.org/Question\"",
                        "<h3 itemprop=\"name\">Kan een sectorconsulent de aanvraag voor mij voorbereiden?</h3>",
                        "itemprop=\"acceptedAnswer\"",
                        "itemtype=\"https://schema.org/Answer\"",
                        "<p itemprop=\"text\">Ja, een sectorconsulent helpt je het aanvraagdossier samen te stellen.</p>");
    }

    @Test
    void anOrganisationListsWhatItOffers() {
        navigate("organisatie/kenniscentrum-werk", ItemView.class);
        assertThat(texts(H2.class)).contains("Wat deze organisatie aanbiedt");
        assertThat($view(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains("/tool/telewerkkaart", "/maatregel/werkbaarheidscheque");
    }

    @Test
    void bundlesFillUpWithItemsOnTheSameThemesButNeverWithAnEndedMeasure() {
        navigate("fiche/werkdruk", ItemView.class);
        assertThat(links())
                .contains("/tool/werkstress-scan", "/maatregel/werkbaarheidscheque", "/praktijk/bakkerij-limburg")
                .doesNotContain("/maatregel/oude-oproep");
    }

    @Test
    void anUnknownSlugShowsTheNotFoundPage() {
        navigate("tool/bestaat-niet", NotFoundView.class);
        assertThat(texts(H1.class)).containsExactly("Deze pagina bestaat niet (meer)");
    }

    @Test
    void aTypeSegmentMustMatchTheItem() {
        navigate("fiche/werkstress-scan", NotFoundView.class);
        assertThat(texts(H1.class)).containsExactly("Deze pagina bestaat niet (meer)");
    }
}
