package be.wegwijzer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DutchTextModelTest {

    @Test
    void theSameSeedWritesTheSameTextFromTheCorpusWords() {
        DutchTextModel model = new DutchTextModel();
        model.train("Werkbaar werk maak je samen met je medewerkers.");
        model.train("Werkbaar werk begint bij een goed gesprek met je team.");
        String first = model.generate(new Random(7), 200);
        String second = model.generate(new Random(7), 200);
        assertThat(first).isEqualTo(second).startsWith("Werkbaar werk");
        assertThat(List.of(first.split(" ")))
                .allMatch(word ->
                        ("Werkbaar werk maak je samen met je medewerkers. begint bij een goed gesprek met je team.")
                                .contains(word));
    }

    @Test
    void aGeneratedUnitStaysWithinItsLength() {
        DutchTextModel model = new DutchTextModel();
        model.train("een twee drie vier vijf zes zeven acht negen tien");
        assertThat(model.generate(new Random(1), 15)).isEqualTo("een twee drie");
    }

    @Test
    void markdownBlocksKeepHeadingsListItemsAndParagraphs() {
        List<SyntheticCorpus.Block> blocks =
                SyntheticCorpus.Block.parse("## Voor wie\n\nEerste regel\nloopt door.\n\n- punt een\n- punt twee\n");
        assertThat(blocks)
                .extracting(SyntheticCorpus.Block::kind)
                .containsExactly(
                        SyntheticCorpus.Block.Kind.HEADING,
                        SyntheticCorpus.Block.Kind.PARAGRAPH,
                        SyntheticCorpus.Block.Kind.LIST_ITEM,
                        SyntheticCorpus.Block.Kind.LIST_ITEM);
        assertThat(blocks.get(1).text()).isEqualTo("Eerste regel loopt door.");
        assertThat(blocks.get(3).text()).isEqualTo("punt twee");
    }
}
