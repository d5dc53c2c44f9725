package be.wegwijzer.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class AccessibilityStatementViewTest extends UiTest {

    @Test
    void everyPageLinksToTheStatementWhichSaysHowFarWeAreAndWhereToReportAProblem() {
        navigate(AccessibilityStatementView.class);
        assertThat(texts(H1.class)).containsExactly("Toegankelijkheidsverklaring");
        assertThat(texts(H2.class)).contains("Hoe ver staan we?", "Wat nog niet goed is", "Een probleem melden");
        // the address from wegwijzer.contact-email (application-test.properties), and the footer link of the layout
        assertThat(links()).contains("mailto:toegankelijkheid@test.wegwijzer.be");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("/toegankelijkheid");
    }
}
