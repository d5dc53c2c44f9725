package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeIntentTest {

    @ParameterizedTest(name = "''{0}'' asks for an event or a year: {1}")
    @CsvSource(textBlock = """
            werkdruk,                     false
            werkstress 2017,              true
            rondetafel werkstress,        true
            webinars re-integratie,       true
            Infosessies werkbaarheidscheque, true
            week van de stress,           true
            subsidie telewerk,            false
            '',                           false
            opleidingscheques,            false
            """)
    void recognisesEventsAndYears(String query, boolean expected) {
        assertThat(TimeIntent.asksForEventOrYear(query)).isEqualTo(expected);
    }
}
