package be.wegwijzer.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckPropertiesTest {

    @Test
    void withoutHostsEveryHostIsChecked() {
        assertThat(properties(List.of()).allows("www.vlaanderen.be")).isTrue();
    }

    @Test
    void withHostsOnlyThoseAndTheirSubdomainsAreChecked() {
        LinkCheckProperties properties = properties(List.of(" Vlaanderen.be", "127.0.0.1", ""));

        assertThat(properties.allows("vlaanderen.be")).isTrue();
        assertThat(properties.allows("www.vlaanderen.be")).isTrue();
        assertThat(properties.allows("127.0.0.1")).isTrue();
        assertThat(properties.allows("www.voorbeeld-sectorfonds.be")).isFalse();
        assertThat(properties.allows("nietvlaanderen.be")).isFalse();
        assertThat(properties.allows(null)).isFalse();
    }

    @Test
    void aBlankUserAgentMeansTheBuiltInOne() {
        assertThat(new LinkCheckProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), 4, "", null).userAgent())
                .isEqualTo(LinkChecker.DEFAULT_USER_AGENT);
    }

    @Test
    void addressesAreGroupedByTheirLowerCaseHost() {
        assertThat(LinkCheckService.host("https://WWW.Vlaanderen.be/werk")).isEqualTo("www.vlaanderen.be");
        assertThat(LinkCheckService.host("geen adres")).isEmpty();
    }

    private static LinkCheckProperties properties(List<String> onlyHosts) {
        return new LinkCheckProperties(
                Duration.ofSeconds(5), Duration.ofSeconds(10), 4, LinkChecker.DEFAULT_USER_AGENT, onlyHosts);
    }
}
