package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.scan.ScanService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Renders every page type of {@link Pages} into {@code docs/screenshots/}: public pages at 375, 768 and 1280 px, editor
 * pages at 1280 px, each from the top down to a height cap so the files stay small; and the pages people print as the
 * print stylesheet shows them. Not part of the normal test run
 * (its name does not end in IT); run it with {@code ./mvnw -Pscreenshots verify} and look at the pictures.
 */
@IntegrationTest
class PageScreenshots {

    static final Path FOLDER = Path.of("docs/screenshots");
    /** How much of a page to keep, per width: the top is what a visitor sees first. */
    static final Map<Integer, Integer> HEIGHT_CAP = Map.of(375, 1600, 768, 1300, 1280, 1100, 794, 2200);
    /** A4 at 96 dpi. */
    static final int PRINT_WIDTH = 794;
    /** Pages that people print: an item page and the scan's action plan. */
    static final List<String> PRINTED = List.of("maatregel", "scan-resultaat");

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    ScanService scans;

    @Test
    void rendersEveryPageAtEachWidth() throws IOException {
        Files.createDirectories(FOLDER);
        List<Pages.Page> pages = Pages.all(items, scans);
        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            for (int width : List.of(375, 768, 1280)) {
                for (Pages.Page page :
                        pages.stream().filter(Pages.Page::isPublic).toList()) {
                    shoot(browser, page, width);
                }
            }
            for (Pages.Page page :
                    pages.stream().filter(p -> PRINTED.contains(p.name())).toList()) {
                shootPrinted(browser, page);
            }
            Browser.resize(browser, 1280, 900);
            Pages.logIn(browser, port);
            for (Pages.Page page : pages.stream().filter(Pages.Page::editor).toList()) {
                shoot(browser, page, 1280);
            }
        } finally {
            browser.quit();
        }
        try (var files = Files.list(FOLDER)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(pages.size());
        }
    }

    /** The page as the print stylesheet shows it, about the width of an A4 page: what a visitor gets on paper. */
    private void shootPrinted(ChromeDriver browser, Pages.Page page) throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            shoot(browser, new Pages.Page("print-" + page.name(), page.path(), false, page.prepare()), PRINT_WIDTH);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void shoot(ChromeDriver browser, Pages.Page page, int width) throws IOException {
        if (page.isPublic()) {
            browser.manage().deleteAllCookies(); // a first visit: no "welcome back" from an earlier audience page
        }
        Browser.resize(browser, width, 900);
        browser.get("http://localhost:" + port + page.path());
        Browser.settle(browser);
        if (page.prepare() != null) {
            page.prepare().accept(browser);
            Browser.settle(browser);
        }
        // no caret blinking or focus ring in the picture
        browser.executeScript(
                "document.activeElement && document.activeElement.blur && document.activeElement.blur();");
        Browser.afterLayout(browser);
        long height = Math.min(
                ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue(),
                HEIGHT_CAP.get(width));
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(
                FOLDER.resolve(page.name() + "-" + width + ".png"),
                PaletteImage.shrink(Base64.getDecoder().decode((String) shot.get("data"))));
    }
}
