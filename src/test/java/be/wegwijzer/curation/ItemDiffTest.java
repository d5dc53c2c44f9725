package be.wegwijzer.curation;

import static be.wegwijzer.curation.TestSources.with;
import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.PracticeSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemDiffTest {

    ItemSource before = TestSources.practice("bakkerij", "Bakkerij plant samen");

    @Test
    void identicalVersionsHaveNoDifferences() {
        assertThat(ItemDiff.between(before, before)).isEmpty();
    }

    @Test
    void aChangedFieldShowsItsOldAndNewValueUnderItsFileName() {
        ItemSource after = with(
                with(before, "title", "Bakkerij plant slimmer"), "themes", List.of("werkdruk", "werk-privebalans"));
        List<ItemDiff.Change> changes = ItemDiff.between(before, after);
        assertThat(changes).extracting(ItemDiff.Change::field).containsExactly("titel", "themas");
        assertThat(changes.getFirst().before()).isEqualTo("Bakkerij plant samen");
        assertThat(changes.getFirst().after()).isEqualTo("Bakkerij plant slimmer");
        assertThat(changes.get(1).after()).isEqualTo("werkdruk, werk-privebalans");
    }

    @Test
    void emptyValuesReadAsADash() {
        ItemDiff.Change change =
                ItemDiff.between(before, with(before, "level", null)).getFirst();
        assertThat(change.field()).isEqualTo("niveau");
        assertThat(change.after()).isEqualTo("—");
    }

    @Test
    void theBodyShowsOnlyTheChangedLines() {
        ItemSource after = with(
                before, "body", before.body().replace("Samen roosters maken.", "Samen roosters maken, elke maand."));
        ItemDiff.Change change = ItemDiff.between(before, after).getFirst();
        assertThat(change.field()).isEqualTo("tekst");
        assertThat(change.lines())
                .containsExactly(
                        new ItemDiff.Line('-', "Samen roosters maken."),
                        new ItemDiff.Line('+', "Samen roosters maken, elke maand."));
    }

    @Test
    void typeSpecificDetailsAreFlattenedToReadableText() {
        ItemSource after = with(
                before,
                "details",
                new PracticeSource(
                        null, "voeding", "micro", "limburg", 1500, "Twee maanden", "Minder overuren.", null));
        ItemDiff.Change change = ItemDiff.between(before, after).getFirst();
        assertThat(change.field()).isEqualTo("praktijkgegevens");
        assertThat(change.before()).contains("1200").doesNotContain("PracticeSource[");
        assertThat(change.after()).contains("1500");
    }
}
