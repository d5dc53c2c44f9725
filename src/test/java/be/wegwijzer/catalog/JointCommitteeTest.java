package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JointCommitteeTest {

    private static final Map<String, List<String>> SECTORS = new LinkedHashMap<>();

    static {
        SECTORS.put("voeding", List.of("118", "220"));
        SECTORS.put("bouw", List.of("124"));
        SECTORS.put("hout", List.of("125", "125.01", "126"));
        SECTORS.put("elektriciteit", List.of("149.01"));
        SECTORS.put("autosector", List.of("112", "149.02", "149.04"));
        SECTORS.put("horeca", List.of());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "pc 124|124",
                "PC124|124",
                "pc-124 werkdruk|124",
                "Paritair Comité 302|302",
                "paritair comite nr. 200|200",
                "paritair subcomité 149.01|149.01",
                "PSC 149.01|149.01",
                "p.c. 118|118",
                "wat biedt PC 220 voor bedienden?|220"
            })
    void readsTheWaysPeopleTypeANumber(String text, String number) {
        assertThat(JointCommittee.mentionedIn(text)).containsExactly(number);
    }

    @Test
    void readsSeveralOnceEachInOrder() {
        assertThat(JointCommittee.mentionedIn("PC 118 en pc 220, en nog eens PC118"))
                .containsExactly("118", "220");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"124 werknemers", "in 2024", "pc", "epc 124", "pc 12", "pc 12345", "topc 124"})
    void doesNotReadNumbersWithoutTheirWordOrOfAnotherLength(String text) {
        assertThat(JointCommittee.mentionedIn(text)).isEmpty();
    }

    @Test
    void findsTheSectorOfAListedSubOrMainNumber() {
        assertThat(JointCommittee.sectorsFor("124", SECTORS)).containsExactly("bouw");
        assertThat(JointCommittee.sectorsFor("125.02", SECTORS)).containsExactly("hout");
        assertThat(JointCommittee.sectorsFor("149", SECTORS)).containsExactly("elektriciteit", "autosector");
        assertThat(JointCommittee.sectorsFor("149.04", SECTORS)).containsExactly("autosector");
        assertThat(JointCommittee.sectorsFor("302", SECTORS)).isEmpty();
    }

    @Test
    void mapsAQueryToItsSectors() {
        assertThat(JointCommittee.sectorsMentionedIn("pc 124 en PC 220 stress", SECTORS))
                .containsExactly("bouw", "voeding");
    }

    @Test
    void tellsWhetherAQueryIsOnlyNumbers() {
        assertThat(JointCommittee.isOnlyMentions("pc 124")).isTrue();
        assertThat(JointCommittee.isOnlyMentions("PC 118 en PC 220")).isTrue();
        assertThat(JointCommittee.isOnlyMentions("pc 124 werkdruk")).isFalse();
        assertThat(JointCommittee.isOnlyMentions("werkdruk")).isFalse();
    }
}
