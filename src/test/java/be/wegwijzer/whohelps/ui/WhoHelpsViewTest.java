package be.wegwijzer.whohelps.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class WhoHelpsViewTest extends UiTest {

    @Test
    void listsOrganisationsWithHowToReachThem() {
        WhoHelpsView view = navigate(WhoHelpsView.class);
        assertThat(view.helpers)
                .extracting(h -> h.organisation().slug())
                .containsExactlyInAnyOrder("sectorfonds-voeding", "kenniscentrum-werk");
        assertThat(links()).contains("https://www.voorbeeld-sectorfonds.be");
        assertThat(texts(Paragraph.class))
                .contains("De volgorde is willekeurig, zodat geen enkele organisatie altijd bovenaan staat.");
    }

    @Test
    void filtersByThemeAndKind() {
        WhoHelpsView view = open("wie-helpt?soort=sectorfonds", WhoHelpsView.class);
        assertThat(view.helpers).extracting(h -> h.organisation().slug()).containsExactly("sectorfonds-voeding");
        WhoHelpsView byTheme = open("wie-helpt?thema=motivatie", WhoHelpsView.class);
        assertThat(byTheme.helpers).extracting(h -> h.organisation().slug()).containsExactly("kenniscentrum-werk");
    }

    @Test
    void theOrderStaysTheSameForOneVisitor() {
        WhoHelpsView first = navigate(WhoHelpsView.class);
        var order = first.helpers.stream().map(h -> h.organisation().slug()).toList();
        WhoHelpsView again = open("wie-helpt?grootte=micro", WhoHelpsView.class);
        assertThat(again.helpers.stream().map(h -> h.organisation().slug()).toList())
                .isEqualTo(order);
    }
}
