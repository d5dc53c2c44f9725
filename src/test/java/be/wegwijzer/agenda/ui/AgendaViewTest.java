package be.wegwijzer.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.search.ItemHit;
import org.junit.jupiter.api.Test;

class AgendaViewTest extends UiTest {

    @Test
    void pastActivitiesAreNeverUpcoming() {
        AgendaView view = navigate(AgendaView.class);
        assertThat(view.agenda.upcoming()).extracting(ItemHit::slug).containsExactly("webinar-telewerk");
        assertThat(view.agenda.past()).extracting(ItemHit::slug).containsExactly("netwerkmoment-2020");
        assertThat(view.getElement().getTextRecursively())
                .contains("Binnenkort", "10 februari 2099", "Voorbij", "10 maart 2020");
    }
}
