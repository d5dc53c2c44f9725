package be.wegwijzer.itemfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TypeFormatsTest {

    @Test
    void everyContentTypeHasAFileFormatWhoseRecordMatchesItsDetails() {
        for (ItemType type : ItemType.values()) {
            TypeSource empty = TypeFormats.of(new Item(type, "leeg", Instant.EPOCH));
            assertThat(ItemSource.blank(type).details()).as(type.name()).isEqualTo(empty);
            assertThat(TypeFormats.fields(type)).as(type.name()).doesNotContainAnyElementsOf(ItemFile.COMMON_FIELDS);
        }
    }

    @Test
    void aFicheStartsWithItsThreeSectionsAndOtherTypesWithNothing() {
        assertThat(ItemSource.blank(ItemType.FICHE).body()).contains("## Starter", "## Gevorderd", "## Expert");
        assertThat(ItemSource.blank(ItemType.TOOL).body()).isEmpty();
    }
}
