package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemTypeTest {

    @Test
    void theUrlSegmentIsSingularAndTheFolderPlural() {
        assertThat(ItemType.fromSegment("maatregel")).contains(ItemType.MAATREGEL);
        assertThat(ItemType.fromFolder("maatregelen")).contains(ItemType.MAATREGEL);
        assertThat(ItemType.fromFolder("activiteiten")).contains(ItemType.ACTIVITEIT);
    }

    @Test
    void aFolderIsNoSegmentAndASegmentIsNoFolder() {
        assertThat(ItemType.fromSegment("tools")).isEmpty();
        assertThat(ItemType.fromFolder("tool")).isEmpty();
        assertThat(ItemType.fromSegment("Tool")).isEmpty();
        assertThat(ItemType.fromFolder("onbekend")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ItemType.class)
    void everyTypeIsFoundBackFromItsSegmentItsFolderAndItsCode(ItemType type) {
        assertThat(ItemType.fromSegment(type.segment())).contains(type);
        assertThat(ItemType.fromFolder(type.folder())).contains(type);
        assertThat(Coded.fromCode(ItemType.class, type.code())).contains(type);
        assertThat(type.code()).isEqualTo(type.segment());
    }

    @Test
    void aCardLinksToThePageOfItsType() {
        assertThat(new ItemCard(ItemType.MAATREGEL, "werkbaarheidscheque", "Werkbaarheidscheque", "").path())
                .isEqualTo("/maatregel/werkbaarheidscheque");
    }
}
