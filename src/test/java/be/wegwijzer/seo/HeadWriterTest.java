package be.wegwijzer.seo;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What {@link HeadWriter} and {@link StructuredData} write into the page shell, without a server. */
class HeadWriterTest {

    private static final String BASE = "https://wegwijzer.example";
    private static final String HOSTILE = "Scan </script><script>alert(1)</script> <!-- \" ' & \u2028 \u2029";

    @Test
    void aHostileTitleStaysDataInEveryPlaceItIsWritten() {
        Item tool = tool(HOSTILE);
        Document page = shell();
        HeadWriter.write(page, head(tool), BASE);
        Document reread = Jsoup.parse(page.outerHtml());

        assertThat(reread.select("script")).hasSize(4); // Vaadin's one and three JSON-LD blocks, no more
        for (Element script : reread.select("script[type=application/ld+json]")) {
            assertThat(script.data()).doesNotContain("</script", "<script", "<!--", "\u2028", "\u2029");
            assertThat(script.attr("nonce")).isEqualTo("abc123");
        }
        JsonNode work = JsonMapper.builder()
                .build()
                .readTree(reread.selectFirst("script[type=application/ld+json]").data());
        assertThat(work.get("name").asString()).isEqualTo(HOSTILE);
        assertThat(reread.title()).contains("</script><script>alert(1)</script>");
        assertThat(reread.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo(HOSTILE);
        assertThat(reread.selectFirst(".prerendered h1").wholeText()).isEqualTo(HOSTILE);
    }

    @Test
    void aToolWithQuestionsIsACreativeWorkWithAnFaqPage() {
        Item tool = tool("Werkstress-scan");
        Map<String, Object> work = StructuredData.item(tool, BASE + tool.path(), BASE);
        assertThat(work).containsEntry("@type", "CreativeWork").containsEntry("url", BASE + "/tool/scan");
        Map<String, Object> faq = StructuredData.faq(tool.tool().getFaq());
        assertThat(faq).containsEntry("@type", "FAQPage");
        assertThat(StructuredData.toScript(faq))
                .contains("\"name\":\"Hoe lang duurt de scan?\"", "\"text\":\"Een kwartier.\"");
        assertThat(StructuredData.faq(List.of())).isNull();
    }

    @Test
    void aPageWithoutTitleOrContentKeepsVaadinsTitleAndBody() {
        Document page = shell();
        HeadWriter.write(
                page,
                new PageHead(200, null, null, null, false, "website", List.of(), List.of(), List.of(), null),
                BASE);
        assertThat(page.title()).isEqualTo("Vaadin");
        assertThat(page.select(".prerendered")).isEmpty();
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(page.select("meta[property^=og:]")).isEmpty();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl-BE");
    }

    private static Item tool(String title) {
        Item tool = new Item(ItemType.TOOL, "scan", Instant.parse("2026-11-01T09:00:00Z"));
        tool.setTitle(title);
        tool.setSummary("Een korte scan.");
        tool.setBody("## Hoe\n\nVul de vragen in.");
        tool.tool().setFaq(List.of(new FaqEntry("Hoe lang duurt de scan?", "Een kwartier.")));
        return tool;
    }

    private static PageHead head(Item tool) {
        return new PageHead(
                200,
                tool.getTitle(),
                tool.getSummary(),
                tool.path(),
                true,
                "article",
                List.of(new Crumb("Start", "/"), new Crumb(tool.getTitle(), tool.path())),
                List.of(
                        StructuredData.item(tool, BASE + tool.path(), BASE),
                        StructuredData.faq(tool.tool().getFaq()),
                        StructuredData.breadcrumbs(
                                List.of(new Crumb("Start", "/"), new Crumb(tool.getTitle(), tool.path())), BASE)),
                List.of(),
                new PageHead.Content(
                        "Tool", tool.getTitle(), tool.getSummary(), "<p>Vul de vragen in.</p>", List.of(), List.of()));
    }

    private static Document shell() {
        return Jsoup.parse(
                "<!DOCTYPE html><html><head><title>Vaadin</title>"
                        + "<script nonce=\"abc123\">window.Vaadin = {};</script></head><body><div id=\"outlet\"></div></body></html>");
    }
}
