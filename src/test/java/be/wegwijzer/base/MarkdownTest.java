package be.wegwijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersHeadingsListsAndLinks() {
        String html = Markdown.toSafeHtml("## Voor wie\n\n- werkgevers\n- [info](https://www.vlaanderen.be)");
        assertThat(html).contains("<h2>Voor wie</h2>", "<li>werkgevers</li>", "href=\"https://www.vlaanderen.be\"");
    }

    @Test
    void escapesRawHtmlSoScriptsNeverRun() {
        String html = Markdown.toSafeHtml("Hallo <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void dropsJavascriptLinks() {
        String html = Markdown.toSafeHtml("[klik](javascript:alert(1))");
        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void keepsThePageTitleTheOnlyFirstLevelHeading() {
        assertThat(Markdown.toSafeHtml("# Titel")).contains("<h2>Titel</h2>").doesNotContain("<h1>");
    }

    @Test
    void givesPlainTextForTheIndex() {
        assertThat(Markdown.toPlainText("## Kop\n\nEen **vette** tekst"))
                .contains("Kop", "Een vette tekst")
                .doesNotContain("**");
    }

    @Test
    void headingsEndASentenceInPlainTextSoSnippetsReadWell() {
        String text =
                Markdown.toPlainText("## Wat ze deden\n\nHet team plant samen.\n\n## Waarom?\n\nOmdat het werkt.");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Wat ze deden. Het team plant samen.")
                .contains("Waarom? Omdat")
                .doesNotContain("?.");
    }
}
