package be.wegwijzer.themes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.NotFoundView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class ThemeViewTest extends UiTest {

    @Test
    void aThemeShowsItsMeaningAndItsItemsByType() {
        navigate("thema/werkdruk", ThemeView.class);
        assertThat(texts(H1.class)).containsExactly("Werkdruk");
        assertThat(texts(H2.class))
                .contains("Zo pak je het aan (1)", "Tools (1)", "Goede praktijken (1)", "Steunmaatregelen (1)");
        assertThat(links()).contains("/fiche/werkdruk", "/tool/werkstress-scan", "/thema/risicofactoren");
    }

    @Test
    void aParentThemeListsItsSubThemesAndTheirItems() {
        navigate("thema/risicofactoren", ThemeView.class);
        assertThat(texts(H2.class)).contains("Deelthema's");
        assertThat(links()).contains("/thema/werkdruk", "/thema/autonomie", "/praktijk/zorgteam-verpleegkundigen");
    }

    @Test
    void theOverviewListsEveryTheme() {
        navigate(ThemesView.class);
        assertThat(links()).contains("/thema/werkstress", "/thema/sociaal-overleg", "/thema/burn-out");
    }

    @Test
    void anUnknownThemeIsNotFound() {
        navigate("thema/ruimtevaart", NotFoundView.class);
        assertThat(texts(H1.class)).containsExactly("Deze pagina bestaat niet (meer)");
    }
}
