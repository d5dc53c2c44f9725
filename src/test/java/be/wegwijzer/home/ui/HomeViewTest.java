package be.wegwijzer.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class HomeViewTest extends UiTest {

    @Test
    void offersSearchAndATilePerAudienceAndTheme() {
        navigate(HomeView.class);
        assertThat(texts(H1.class)).containsExactly("Wegwijzer Werkbaar Werk");
        assertThat($view(TextField.class).single().getLabel()).isEqualTo("Zoek in de wegwijzer");
        assertThat(texts(H3.class))
                .contains(
                        "Werkgevers",
                        "Zelfstandigen",
                        "Sectorconsulenten",
                        "Werkdruk",
                        "Autonomie",
                        "Telewerk en hybride werken");
        assertThat(texts(H3.class))
                .as("the groups stand behind their dimensions")
                .doesNotContain("Zes risicofactoren");
        assertThat(links()).contains("/voor/werkgevers", "/thema/werkdruk", "/steunzoeker", "/scan", "/wie-helpt");
    }
}
