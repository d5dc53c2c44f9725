package be.wegwijzer.audience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.NotFoundView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class AudienceViewTest extends UiTest {

    @Test
    void showsIntroEntryPointsHighlightsOpenSupportAndNews() {
        AudienceView view = navigate("voor/werkgevers", AudienceView.class);
        assertThat(texts(H1.class)).containsExactly("Voor werkgevers");
        assertThat(texts(Paragraph.class))
                .contains("Je runt een bedrijf en wil dat je mensen gezond en gemotiveerd blijven werken.");
        assertThat(texts(H2.class)).contains("Ik wil …", "Uitgelicht", "Steun die nu openstaat", "Nieuw");
        assertThat($view(Anchor.class).all())
                .extracting(Anchor::getText)
                .contains("Ik wil de werkdruk verlagen", "Ik wil steun vinden");
        assertThat(links())
                .contains(
                        "/zoeken?q=werkdruk&thema=werkdruk&voor=werkgevers",
                        "/fiche/werkdruk",
                        "/tool/werkstress-scan");
        assertThat(view.page.openCalls()).extracting(h -> h.slug()).containsExactly("werkbaarheidscheque");
    }

    @Test
    void anUnknownAudienceIsNotFound() {
        navigate("voor/astronauten", NotFoundView.class);
        assertThat(texts(H1.class)).containsExactly("Deze pagina bestaat niet (meer)");
    }
}
