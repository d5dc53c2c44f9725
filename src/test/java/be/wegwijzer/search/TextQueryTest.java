package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQueryTest {

    @Test
    void aSynonymPhraseThatStopWordsReduceToOneCommonWordIsLeftOut() {
        assertThat(TextQuery.synonymTerms("te veel werk")).isEmpty();
        assertThat(TextQuery.synonymTerms("burn-out")).containsExactly("burn", "out");
        assertThat(TextQuery.synonymTerms("druk op het werk")).containsExactly("druk", "werk");
        assertThat(TextQuery.synonymTerms("kmo'er")).hasSize(1);
        assertThat(TextQuery.synonymTerms("stress")).containsExactly("stres");
    }

    @Test
    void typosAllowedGrowWithTheWord() {
        assertThat(TextQuery.maxEdits("kmo")).isZero();
        assertThat(TextQuery.maxEdits("scan")).isEqualTo(1);
        assertThat(TextQuery.maxEdits("stress")).isEqualTo(1);
        assertThat(TextQuery.maxEdits("werkdrk")).isEqualTo(2);
    }

    @Test
    void shortQueriesNeedEveryWordLongOnesMost() {
        assertThat(TextQuery.needed(1)).isEqualTo(1);
        assertThat(TextQuery.needed(2)).isEqualTo(2);
        assertThat(TextQuery.needed(3)).isEqualTo(2);
        assertThat(TextQuery.needed(4)).isEqualTo(3);
        assertThat(TextQuery.needed(5)).isEqualTo(4);
        assertThat(TextQuery.needed(6)).isEqualTo(4);
    }
}
