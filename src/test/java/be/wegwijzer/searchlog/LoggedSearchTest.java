package be.wegwijzer.searchlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoggedSearchTest {

    @Test
    void queriesAreLowercaseTrimmedAndCollapsedWithTheirAccentsKept() {
        assertThat(LoggedSearch.normaliseQuery("  Werkdruk   in de\tZORG \n")).isEqualTo("werkdruk in de zorg");
        assertThat(LoggedSearch.normaliseQuery("Café\u00a0CRÈCHE")).isEqualTo("café crèche");
        // a decomposed é (e + combining accent) is stored as the one character a keyboard types
        assertThat(LoggedSearch.normaliseQuery("cafe\u0301")).isEqualTo("café");
        assertThat(LoggedSearch.normaliseQuery("ge\u00efnteresseerd\u200b")).isEqualTo("geïnteresseerd");
    }

    @Test
    void browsingWithoutWordsIsAnEmptyQuery() {
        assertThat(LoggedSearch.normaliseQuery(null)).isEmpty();
        assertThat(LoggedSearch.normaliseQuery(" \t ")).isEmpty();
        assertThat(LoggedSearch.of(null, Map.of("thema", Set.of("werkdruk")), null)
                        .query())
                .isEmpty();
    }

    @Test
    void aLongQueryIsCutAtAWordToTheMaximumLength() {
        String query = LoggedSearch.normaliseQuery("werkbaarheid ".repeat(40));
        assertThat(query)
                .hasSizeLessThanOrEqualTo(LoggedSearch.MAX_QUERY_LENGTH)
                .endsWith("werkbaarheid");
        assertThat(LoggedSearch.normaliseQuery("x".repeat(500))).hasSize(LoggedSearch.MAX_QUERY_LENGTH);
    }

    @Test
    void eMailAddressesAndLongNumbersAreMaskedButYearsAndCommitteesAreNot() {
        assertThat(LoggedSearch.normaliseQuery("premie Jan.Peeters@voorbeeld.be"))
                .isEqualTo("premie [e-mailadres]");
        assertThat(LoggedSearch.normaliseQuery("bel 0470 12 34 56 aub")).isEqualTo("bel [nummer] aub");
        assertThat(LoggedSearch.normaliseQuery("85.07.30-033.28")).isEqualTo("[nummer]");
        assertThat(LoggedSearch.normaliseQuery("BE68 5390 0754 7034")).isEqualTo("be[nummer]");
        assertThat(LoggedSearch.normaliseQuery("cao 2025-2026 pc 118")).isEqualTo("cao 2025-2026 pc 118");
        assertThat(LoggedSearch.normaliseQuery("werkbaarheidscheque 2024 2025"))
                .isEqualTo("werkbaarheidscheque 2024 2025");
    }

    @Test
    void filtersBecomeOneSortedStringWhateverTheOrderTheyCameIn() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("type", List.of("tool"));
        filters.put("thema", List.of("werkdruk", "autonomie"));
        filters.put("regio", List.of());
        filters.put("open", List.of("ja"));
        assertThat(LoggedSearch.canonicalFilters(filters))
                .isEqualTo("open=ja&thema=autonomie&thema=werkdruk&type=tool");
        assertThat(LoggedSearch.canonicalFilters(
                        Map.of("thema", Set.of("autonomie", "werkdruk"), "type", Set.of("tool"), "open", Set.of("ja"))))
                .isEqualTo("open=ja&thema=autonomie&thema=werkdruk&type=tool");
        assertThat(LoggedSearch.canonicalFilters(Map.of())).isEmpty();
        assertThat(LoggedSearch.canonicalFilters(null)).isEmpty();
    }

    @Test
    void filterValuesAreEncodedSoTheyCannotForgeAnotherFilter() {
        assertThat(LoggedSearch.canonicalFilters(Map.of("thema", List.of("a&type=b c"))))
                .isEqualTo("thema=a%26type%3Db+c");
    }

    @Test
    void searchesThatDifferOnlyInCaseSpacingOrFilterOrderAreTheSame() {
        LoggedSearch one = LoggedSearch.of("Werkdruk ", Map.of("type", List.of("tool", "fiche")), " werknemers ");
        LoggedSearch two = LoggedSearch.of("werkdruk", Map.of("type", List.of("fiche", "tool")), "werknemers");
        assertThat(one).isEqualTo(two);
        assertThat(one.audience()).isEqualTo("werknemers");
        assertThat(LoggedSearch.of("werkdruk", Map.of(), " ").audience()).isNull();
    }

    @Test
    void isoWeeksFollowTheCalendarStandard() {
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 22))).hasToString("2026-W47");
        // 1 January 2027 is a Friday: it still belongs to the last week of 2026, which has 53 weeks
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
        assertThat(IsoWeek.parse("2026-W07").monday()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(IsoWeek.parse("2026-W01").previous()).hasToString("2025-W52");
        assertThat(IsoWeek.parse("2026-W47").sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThatThrownBy(() -> new IsoWeek(2025, 53)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-47")).isInstanceOf(IllegalArgumentException.class);
    }
}
