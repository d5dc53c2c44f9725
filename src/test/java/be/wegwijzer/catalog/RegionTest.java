package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {

    private final Region belgium = region("belgie", null);
    private final Region flanders = region("vlaanderen", belgium);
    private final Region limburg = region("limburg", flanders);

    @Test
    void aProvinceLiesWithinItsRegionAndTheCountryButNotTheOtherWayRound() {
        assertThat(limburg.isWithin(flanders)).isTrue();
        assertThat(limburg.isWithin(belgium)).isTrue();
        assertThat(flanders.isWithin(limburg)).isFalse();
        assertThat(belgium.isWithin(flanders)).isFalse();
    }

    @Test
    void aRegionLiesWithinItselfButNotWithinASibling() {
        Region antwerp = region("antwerpen", flanders);

        assertThat(limburg.isWithin(limburg)).isTrue();
        assertThat(limburg.isWithin(antwerp)).isFalse();
    }

    @Test
    void aRegionWithoutChildrenIsItsOwnOnlyDescendantAndDoesNotIncludeItsParent() {
        // children come from the database (mapped by parent); a new region has none
        assertThat(limburg.withDescendants()).containsExactly(limburg);
    }

    @Test
    void regionsAreTheSameWhenTheirCodeIsTheSame() {
        assertThat(limburg)
                .isEqualTo(new Region("limburg"))
                .hasSameHashCodeAs(new Region("limburg"))
                .isNotEqualTo(flanders)
                .hasToString("limburg");
    }

    private static Region region(String code, Region parent) {
        Region region = new Region(code);
        region.update(code, parent, 0);
        return region;
    }
}
