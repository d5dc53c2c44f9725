package be.wegwijzer.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.scan.QuickScan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;

class ScanViewTest extends UiTest {

    @Test
    void unansweredStatementsAreMarkedAndNothingIsComputed() {
        ScanView view = navigate(ScanView.class);
        view.answers.getFirst().setValue(1);
        click("Toon mijn profiel en actieplan");
        assertThat(view.plan).isNull();
        assertThat(view.answers.get(1).isInvalid()).isTrue();
        assertThat(view.answers.get(1).getErrorMessage()).isEqualTo("Kies een antwoord.");
        assertThat(texts(Paragraph.class)).contains("Nog 15 stellingen zonder antwoord. Ze zijn hierboven aangeduid.");
    }

    @Test
    void highWorkloadAndLittleSupportGiveAnActionPlanWithBundles() {
        ScanView view = navigate(ScanView.class);
        QuickScan scan = QuickScan.load();
        for (int i = 0; i < scan.statements().size(); i++) {
            QuickScan.Statement statement = scan.statements().get(i);
            boolean bad = statement.dimension().equals("werkdruk")
                    || statement.dimension().equals("steun-leidinggevende");
            int good = statement.positive() ? scan.maxAnswer() : 0;
            RadioButtonGroup<Integer> group = view.answers.get(i);
            test(group).selectItem(scan.scale().get(bad ? scan.maxAnswer() - good : good));
        }
        click("Toon mijn profiel en actieplan");

        assertThat(view.plan.points())
                .extracting(p -> p.score().code())
                .containsExactly("steun-leidinggevende", "werkdruk");
        assertThat(texts(H2.class)).contains("Jouw profiel", "Hier begin je");
        assertThat(view.plan.points().get(1).tool()).isNotNull();
        assertThat(view.plan.points().get(1).practice().slug()).isEqualTo("bakkerij-limburg");
        assertThat(view.plan.points().get(1).measure().slug()).isEqualTo("werkbaarheidscheque");
        assertThat(view.getElement().getTextRecursively()).contains("geen meting", "Eerste stap:");
    }

    @Test
    void aKeptResultOpensFromItsLinkAndNothingIsKeptOtherwise() {
        ScanView view = navigate(ScanView.class);
        view.answers.forEach(g -> g.setValue(2));
        click("Toon mijn profiel en actieplan");
        click("Bewaar mijn resultaat met een link");
        String link = $view(Anchor.class).all().stream()
                .map(a -> a.getHref())
                .filter(h -> h.startsWith("/scan/resultaat/"))
                .findFirst()
                .orElseThrow();
        ScanResultView kept = navigate(link.substring(1), ScanResultView.class);
        assertThat(kept.getElement().getTextRecursively()).contains("Jouw scanresultaat", "Jouw profiel");
    }

    private void click(String text) {
        test($view(Button.class).all().stream()
                        .filter(b -> b.getText().equals(text))
                        .findFirst()
                        .orElseThrow())
                .click();
    }
}
