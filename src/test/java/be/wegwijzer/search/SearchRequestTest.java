package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void aPageNumberFromTheUrlNeverReachesPastTheResultWindow() {
        SearchRequest request =
                new SearchRequest("werkdruk", Map.of(), false, SearchSort.RELEVANCE, Integer.MAX_VALUE, 95);
        assertThat(request.pageSize()).isEqualTo(95);
        assertThat((long) request.page() * request.pageSize() + request.pageSize())
                .isLessThanOrEqualTo(SearchRequest.MAX_RESULT_WINDOW);
        assertThat(SearchRequest.of("x").withPage(Integer.MIN_VALUE).page()).isZero();
        assertThat(SearchRequest.of("x").withPage(3).page()).isEqualTo(3);
    }
}
