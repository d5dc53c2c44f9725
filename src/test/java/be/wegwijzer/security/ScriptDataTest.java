package be.wegwijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDataTest {

    @Test
    void nothingThatCouldEndTheScriptElementOrOpenACommentSurvives() {
        String json = "{\"value\":\"</script><script>alert(1)</script><!-- x\"}";
        String encoded = ScriptData.encodeJson(json);
        assertThat(encoded)
                .doesNotContain("<")
                .doesNotContainIgnoringCase("</script")
                .doesNotContain("<!--")
                .isEqualTo("{\"value\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!-- x\"}");
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertThat(ScriptData.encodeJson("{\"v\":\"a\u2028b\u2029c\"}")).isEqualTo("{\"v\":\"a\\u2028b\\u2029c\"}");
    }

    @Test
    void jsonWithoutSuchCharactersIsReturnedAsItIs() {
        String json = "{\"v\":\"werkdruk > stress & \\\"quotes\\\"\"}";
        assertThat(ScriptData.encodeJson(json)).isSameAs(json);
    }
}
