package be.wegwijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Werkbaarheidscheque voor kmo's",
                "Voor bedrijven met minder dan <10 werknemers",
                "< 50 werknemers",
                "<=5 dagen",
                "score <3 of >7",
                "1 < 2 en 3 > 2",
                "R&D-kosten & loon",
                "Café, coöperatie en één € — “aanhalingstekens”",
                "e-mail: info@voorbeeld.be",
                "",
            })
    void ordinaryTextIncludingALessThanSignBeforeADigitOrSpaceIsAccepted(String value) {
        assertThat(PlainText.line(value)).isEmpty();
        assertThat(PlainText.text(value)).isEmpty();
    }

    @Test
    void nothingIsAlsoFine() {
        assertThat(PlainText.line(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<b>Vet</b> aanbod",
                "Titel</title><script>alert(1)</script>",
                "Tekst <!-- verborgen -->",
                "<!DOCTYPE html>",
                "<?xml version=\"1.0\"?>",
                "a<img src=x onerror=alert(1)>",
                "</p>",
                "x <B>",
                "<svg",
            })
    void anythingAnHtmlParserWouldTurnIntoATagOrCommentIsRefused(String value) {
        assertThat(PlainText.line(value)).hasValueSatisfying(problem -> {
            assertThat(problem.message())
                    .contains("ziet eruit als HTML-opmaak")
                    .contains(value.substring(value.indexOf('<'), value.indexOf('<') + 2));
            assertThat(problem.hint()).contains("Verwijder de opmaak");
        });
        assertThat(PlainText.text(value)).as("also in text of several lines").isPresent();
    }

    @Test
    void controlCharactersAndDirectionOverridesAreRefusedWithTheirCode() {
        assertThat(PlainText.line("Titel\u0000"))
                .hasValueSatisfying(p -> assertThat(p.message()).contains("U+0000", "positie 6"));
        assertThat(PlainText.line("a\u0007b")).isPresent();
        assertThat(PlainText.line("naam\u202Egnp.exe"))
                .hasValueSatisfying(p -> assertThat(p.message()).contains("U+202E"));
        assertThat(PlainText.text("naam\u2066x\u2069")).isPresent();
        assertThat(PlainText.line("met\ttab"))
                .hasValueSatisfying(p -> assertThat(p.hint()).isEqualTo("Vervang de tab door een spatie."));
    }

    @Test
    void aOneLineFieldRefusesLineBreaksButATextOfSeveralLinesAcceptsThem() {
        assertThat(PlainText.line("eerste\ntweede"))
                .hasValueSatisfying(p -> assertThat(p.message()).contains("regeleinde"));
        assertThat(PlainText.line("eerste\r\ntweede")).isPresent();
        assertThat(PlainText.line("eerste\u2028tweede")).isPresent();
        assertThat(PlainText.text("eerste\ntweede\r\nderde")).isEmpty();
        assertThat(PlainText.text("eerste\n<i>tweede</i>")).isPresent();
    }
}
