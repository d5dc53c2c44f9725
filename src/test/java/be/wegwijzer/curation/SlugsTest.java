package be.wegwijzer.curation;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.Item;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titlesBecomeLowercaseAddressesWithoutAccents() {
        assertThat(Slugs.of("Hoe verlaag je de werkdruk?")).isEqualTo("hoe-verlaag-je-de-werkdruk");
        assertThat(Slugs.of("Één café, vijf collega's & een plan")).isEqualTo("een-cafe-vijf-collega-s-een-plan");
        assertThat(Slugs.of("  --Werkbaar werk--  ")).isEqualTo("werkbaar-werk");
    }

    @Test
    void longTitlesLeaveRoomForAYearSuffix() {
        String slug = Slugs.of("woord ".repeat(60));
        assertThat(slug.length()).isLessThanOrEqualTo(Item.SLUG_MAX_LENGTH - 5);
        assertThat(slug).doesNotEndWith("-");
    }
}
