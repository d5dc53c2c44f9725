package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectorTest {

    @Test
    void theLabelNamesTheJointCommitteesInTheirOrder() {
        Sector food = sector("Voedingsindustrie", List.of("118", "220"));

        assertThat(food.labelWithJointCommittees()).isEqualTo("Voedingsindustrie (PC 118, 220)");
    }

    @Test
    void aSectorWithoutJointCommitteesShowsOnlyItsLabel() {
        Sector other = sector("Andere", List.of());

        assertThat(other.labelWithJointCommittees()).isEqualTo("Andere");
        assertThat(other.getJointCommittees()).isEmpty();
    }

    @Test
    void aNewSectorHasNoJointCommittees() {
        assertThat(new Sector("bouw").getJointCommittees()).isEmpty();
    }

    @Test
    void jointCommitteeNumbersWithADotComeBackWhole() {
        Sector metal = sector("Metaal", List.of("111", "149.01", "149.04"));

        assertThat(metal.getJointCommittees()).containsExactly("111", "149.01", "149.04");
    }

    @Test
    void updatingTheJointCommitteesReplacesThem() {
        Sector horeca = sector("Horeca", List.of("302", "999"));
        horeca.update("Horeca", null, List.of("302"), 1);

        assertThat(horeca.getJointCommittees()).containsExactly("302");
        assertThat(horeca.getSortOrder()).isEqualTo(1);
    }

    private static Sector sector(String label, List<String> jointCommittees) {
        Sector sector = new Sector(label.toLowerCase());
        sector.update(label, null, jointCommittees, 0);
        return sector;
    }
}
