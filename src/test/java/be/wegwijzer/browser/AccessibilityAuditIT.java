package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.scan.ScanService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accessibility gate, in real Chromium: every page type in {@link Pages} passes axe-core without a serious or
 * critical violation, and every public page fits a phone (375 px), a tablet (768 px) and a laptop (1280 px) without
 * sideways scrolling. One browser for all pages; the full axe audit runs at 1280 px, the layout rules again at 375 px.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityAuditIT {

    static final List<Integer> WIDTHS = List.of(1280, 768, 375);
    static final int PHONE = 375;

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    ScanService scans;

    ChromeDriver browser;
    List<Pages.Page> pages;
    final List<Axe.Finding> findings = new ArrayList<>();
    int audits;

    @BeforeAll
    void openBrowser() {
        pages = Pages.all(items, scans);
        browser = Browser.start(1280, 1000);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
        Axe.writeReport(findings, audits);
    }

    /** The gate can fail: a field without a label is a critical violation that the audit reports as blocking. */
    @Test
    @Order(0)
    void theAuditCatchesAFieldWithoutALabel() {
        browser.get("data:text/html;charset=utf-8,<!doctype html><html lang=nl><title>t</title><main><h1>Test</h1>"
                + "<input type=text></main></html>");
        List<Axe.Finding> found = Axe.audit(browser, "bad-field", 1280);
        assertThat(found)
                .filteredOn(Axe.Finding::blocking)
                .extracting(Axe.Finding::rule)
                .contains("label");
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyPublicPageHasNoSeriousViolationAndFitsEveryWidth() {
        return pages.stream()
                .filter(Pages.Page::isPublic)
                .map(page -> DynamicTest.dynamicTest(page.name(), () -> check(page, WIDTHS)));
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyEditorPageHasNoSeriousViolation() {
        return pages.stream()
                .filter(Pages.Page::editor)
                .map(page -> DynamicTest.dynamicTest(page.name(), () -> {
                    logInOnce();
                    check(page, List.of(1280));
                }));
    }

    /**
     * Opens the page at the first width and audits it there; then narrows the window: the layout is CSS only (media
     * queries), so a resize shows what a smaller screen would load, without loading the page again.
     */
    private void check(Pages.Page page, List<Integer> widths) {
        Browser.resize(browser, widths.getFirst(), 1000);
        browser.get("http://localhost:" + port + page.path());
        Browser.settle(browser);
        if (page.prepare() != null) {
            page.prepare().accept(browser);
            Browser.settle(browser);
        }
        assertThat(URI.create(browser.getCurrentUrl()).getPath())
                .as("not sent elsewhere (e.g. to the login page)")
                .isEqualTo(URI.create(page.path()).getPath());
        List<String> problems = new ArrayList<>();
        for (int width : widths) {
            if (width != widths.getFirst()) {
                Browser.resize(browser, width, 1000);
                Browser.afterLayout(browser);
            }
            if (!Screenshots.fitsWidth(browser)) {
                problems.add("wider than " + width + " px: "
                        + browser.executeScript("return document.documentElement.scrollWidth;") + " px");
            }
            List<Axe.Finding> found = List.of();
            if (width == widths.getFirst()) {
                found = Axe.audit(browser, page.name(), width);
                audits++;
            } else if (width == PHONE) {
                found = Axe.auditLayout(browser, page.name(), width);
                audits++;
            }
            findings.addAll(found);
            found.stream()
                    .filter(Axe.Finding::blocking)
                    .map(Axe.Finding::toString)
                    .forEach(problems::add);
        }
        assertThat(problems)
                .as("serious or critical axe-core violations and sideways scrolling on " + page.name())
                .isEmpty();
    }

    /**
     * On paper an item page and the scan's action plan keep their content and lose what only works on a screen: the
     * navigation, the search box and the buttons; addresses of outside links are printed after the link.
     */
    @TestFactory
    @Order(3)
    Stream<DynamicTest> itemPagesAndTheActionPlanPrintWithoutNavigationSearchOrButtons() {
        return pages.stream()
                .filter(p ->
                        List.of("maatregel", "organisatie", "scan-resultaat").contains(p.name()))
                .map(page -> DynamicTest.dynamicTest(page.name(), () -> {
                    browser.manage().deleteAllCookies();
                    Browser.resize(browser, 1280, 1000);
                    browser.get("http://localhost:" + port + page.path());
                    Browser.settle(browser);
                    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                    try {
                        assertThat(shown("header nav")).as("navigation").isFalse();
                        assertThat(shown("vaadin-button")).as("buttons").isFalse();
                        assertThat(shown(".site-footer")).as("footer").isFalse();
                        assertThat(shown("main h1")).as("the title").isTrue();
                        switch (page.name()) {
                            case "scan-resultaat" -> {
                                assertThat(shown(".plan-point"))
                                        .as("the action plan")
                                        .isTrue();
                                assertThat(afterContent(".action-plan .bundle-entry a"))
                                        .as("where a suggestion is")
                                        .contains("(/");
                            }
                            case "organisatie" ->
                                assertThat(afterContent("a.shows-address"))
                                        .as("the website's text is its address: printed once")
                                        .isIn("none", "\"\"");
                            default -> {
                                // a link in the Markdown text, as the editor writes it, prints its address
                                browser.executeScript(
                                        "const a = document.createElement('a'); a.href = 'https://www.vlaanderen.be/werk';"
                                                + "a.textContent = 'Vlaanderen'; a.id = 'outside'; document.querySelector('.item-body').append(a);");
                                assertThat(afterContent("#outside")).contains("(https://www.vlaanderen.be/werk)");
                            }
                        }
                        Screenshots.print(browser, "print-" + page.name());
                    } finally {
                        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
                    }
                }));
    }

    private String afterContent(String selector) {
        return String.valueOf(browser.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0]), '::after').content;", selector));
    }

    /** True when at least one element matches and the first one is laid out (not display: none). */
    private boolean shown(String selector) {
        return Boolean.TRUE.equals(browser.executeScript(
                "const e = document.querySelector(arguments[0]);" + "return !!e && e.getClientRects().length > 0;",
                selector));
    }

    private void logInOnce() {
        if (browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Afmelden']"))
                .isEmpty()) {
            Browser.resize(browser, 1280, 1000);
            Pages.logIn(browser, port);
        }
    }
}
