package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void keepsANormalQuery() {
        QueryText q = QueryText.of("  subsidie   opleiding ");
        assertThat(q.text()).isEqualTo("subsidie opleiding");
        assertThat(q.truncated()).isFalse();
        assertThat(q.wordCount()).isEqualTo(2);
    }

    @Test
    void shortensAPastedPage() {
        QueryText q = QueryText.of("werkdruk ".repeat(2000));
        assertThat(q.text().length()).isLessThanOrEqualTo(QueryText.MAX_LENGTH);
        assertThat(q.wordCount()).isLessThanOrEqualTo(QueryText.MAX_WORDS);
        assertThat(q.truncated()).isTrue();
    }

    @Test
    void removesControlCharacters() {
        assertThat(QueryText.of("werk\u0000druk\u0007").text()).isEqualTo("werk druk");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(QueryText.of(null).isBlank()).isTrue();
    }
}
