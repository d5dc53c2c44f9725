package be.wegwijzer.finder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.finder.Match;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class FinderViewTest extends UiTest {

    @Test
    void aBakeryInLimburgSeesWhatFitsAndWhy() {
        FinderView view = open(
                "steunzoeker?statuut=werkgever&werknemers=8&sector=voeding&regio=limburg&thema=werkdruk",
                FinderView.class);
        assertThat(view.result.fits())
                .extracting(m -> m.measure().card().slug())
                .containsExactly("werkbaarheidscheque");
        assertThat(view.result.ended()).isEqualTo(1);
        String page = view.getElement().getTextRecursively();
        assertThat(page)
                .contains(
                        "Jouw 8 werknemers vallen binnen minstens 1.",
                        "Je bedrijf in Provincie Limburg valt onder Vlaanderen.",
                        "Ga zelf na:",
                        "Je bedrijf heeft een zetel in Vlaanderen.",
                        "Nog niet nagekeken · volgens een bron van 1 november 2026");
        assertThat(page).doesNotContain("Oproep gezond telewerken", "Laatst nagekeken");
    }

    @Test
    void aMeasureThatOpensLaterIsListedApartWithTheReason() {
        FinderView view =
                open("steunzoeker?statuut=werkgever&werknemers=12&sector=bouw&regio=antwerpen", FinderView.class);
        assertThat(view.result.nearly())
                .extracting(m -> m.measure().card().slug())
                .containsExactly("toekomstige-premie");
        assertThat(view.result.nearly().getFirst().fit()).isEqualTo(Match.Fit.NEARLY);
        assertThat(texts(H2.class)).contains("Past bijna (1)");
        assertThat(view.getElement().getTextRecursively()).contains("Opent pas op 1 januari 2099.");
    }

    @Test
    void theFormExplainsWhatIsMissingNextToTheField() {
        FinderView view = navigate(FinderView.class);
        test(view.statute).selectItem("Werkgever");
        test($view(Button.class).all().stream()
                        .filter(b -> b.getText().equals("Toon de steun die past"))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(view.employees.isInvalid()).isTrue();
        assertThat(view.employees.getErrorMessage())
                .isEqualTo("Vul het aantal werknemers in; schrijf 0 als je (nog) niemand in dienst hebt.");
        assertThat(view.result).isNull();
    }

    @Test
    void wrongValuesInTheAddressArePointedOutNotIgnored() {
        FinderView view = open("steunzoeker?statuut=werkgever&werknemers=acht", FinderView.class);
        assertThat(view.employees.isInvalid()).isTrue();
        assertThat(view.employees.getErrorMessage())
                .isEqualTo("Schrijf het aantal werknemers in cijfers, bijvoorbeeld 8.");
        FinderView negative = open("steunzoeker?statuut=werkgever&werknemers=-3", FinderView.class);
        assertThat(negative.employees.getErrorMessage()).isEqualTo("Geef een aantal van 0 tot 1.000.000.");
        FinderView noStatute = open("steunzoeker?statuut=astronaut", FinderView.class);
        assertThat(noStatute.statute.isInvalid()).isTrue();
        assertThat(noStatute.result).isNull();
    }

    @Test
    void aSelfEmployedPersonWithoutStaffNeedsNoNumber() {
        FinderView view = navigate(FinderView.class);
        test(view.statute).selectItem("Zelfstandige");
        assertThat(view.validate()).get().satisfies(s -> {
            assertThat(s.statute()).isEqualTo(Statute.ZELFSTANDIGE);
            assertThat(s.employees()).isZero();
        });
        assertThat(texts(Paragraph.class)).isNotEmpty();
    }
}
