package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.TestSources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main journeys with the keyboard only, in real Chromium: no clicks, only Tab, Enter, Space, arrow keys and
 * typing. Every focus stop must be visible; each page has a skip link, Dutch as its language, one h1 with headings in
 * order and the banner, navigation, main and footer landmarks.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    ItemRepository items;

    @Autowired
    EditorService editor;

    @Autowired
    TestAccounts accounts;

    ChromeDriver browser;
    WebDriverWait wait;
    Keyboard keys;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        keys = new Keyboard(browser);
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void freshSession() {
        browser.manage().deleteAllCookies();
        keys.forgetTrail();
    }

    @Test
    void aVisitorSearchesFiltersOpensAnItemAndGoesBack() {
        open("/");
        assertPageStructure();

        // the first Tab stop is the skip link, shown when focused; it takes the focus past the navigation
        Keyboard.Focus skip = keys.tabTo("Naar de inhoud", 1);
        assertThat(skip.classes()).contains("skip-link");
        keys.press(Keys.ENTER);
        wait.until(d -> "inhoud".equals(browser.executeScript("return document.activeElement.id;")));

        keys.tabTo("Zoek in de wegwijzer", 5);
        keys.type("werkdruk").press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/zoeken?q=werkdruk"));
        settle();
        assertPageStructure();
        assertThat(browser.findElement(By.cssSelector(".result-status")).getAttribute("role"))
                .as("the number of results is announced")
                .isEqualTo("status");

        keys.forgetTrail();
        keys.tabTo("Tools", 40);
        keys.press(Keys.SPACE);
        wait.until(ExpectedConditions.urlContains("type=tool"));
        settle();
        wait.until(d -> d.findElements(By.cssSelector(".badge")).stream()
                .allMatch(b -> b.getText().equalsIgnoreCase("Tool")));

        String first =
                browser.findElements(By.cssSelector(".hit-title")).getFirst().getText();
        keys.forgetTrail();
        keys.tabTo(first, 60);
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), first));
        settle();
        assertPageStructure();
        assertThat(browser.getCurrentUrl()).contains("/tool/");

        // the browser's own Back (Alt+Left for a keyboard user; headless Chromium takes no browser shortcuts)
        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("type=tool"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertThat(browser.findElement(By.cssSelector(".result-status")).getText())
                .contains("werkdruk");
    }

    @Test
    void anEmployerFillsInTheSteunzoekerAndHearsWhatIsMissing() {
        open("/steunzoeker");
        assertPageStructure();

        keys.tabTo("Werkgever", 30);
        keys.press(Keys.SPACE);
        keys.tabTo("Toon de steun die past", 15);
        keys.press(Keys.ENTER);

        // the missing number is shown at the field, read out (aria-live) and the focus is put on that field
        WebElement employees = browser.findElement(By.cssSelector("vaadin-integer-field"));
        wait.until(d -> employees.getAttribute("invalid") != null);
        WebElement error = employees.findElement(By.cssSelector("[slot='error-message']"));
        assertThat(error.getText()).contains("Vul het aantal werknemers in");
        // announced: the focus moves to the field, which a screen reader reads with its state and its description,
        // the error message included
        wait.until(d -> keys.focus().label().startsWith("Aantal werknemers"));
        assertThat(keys.focus().visible()).isTrue();
        WebElement input = employees.findElement(By.cssSelector("input"));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby"))
                .as("the field points to its error")
                .contains(error.getAttribute("id"));

        keys.type("8");
        keys.tabTo("Sector", 3);
        keys.type("118");
        waitForOption("118");
        keys.press(Keys.ARROW_DOWN, Keys.ENTER);
        keys.tabTo("Waar is het bedrijf gevestigd?", 3);
        keys.type("Limburg");
        waitForOption("Limburg");
        keys.press(Keys.ARROW_DOWN, Keys.ENTER);
        keys.tabTo("Toon de steun die past", 6);
        keys.press(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("statuut=werkgever"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finder-card")));
        assertThat(browser.getCurrentUrl()).contains("werknemers=8", "sector=voeding", "regio=limburg");
        assertThat(browser.findElement(By.cssSelector(".finder-results .result-status"))
                        .getAttribute("role"))
                .isEqualTo("status");
        assertThat(browser.findElement(By.cssSelector(".finder-results")).getText())
                .contains("Werkbaarheidscheque");
        settle();
        assertPageStructure();
    }

    /**
     * Waits until the open combo box shows an option with this text: the previous box's options may still be in the
     * page, so the mere presence of an option proves nothing.
     */
    private void waitForOption(String text) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(option -> option.isDisplayed() && option.getText().contains(text)));
    }

    @Test
    void anEditorLogsInEditsAnItemAndSavesIt() {
        long measure = items.findByTypeAndSlug(ItemType.MAATREGEL, "werkbaarheidscheque")
                .orElseThrow()
                .getId();
        String summaryBefore = editorSummary(measure);
        try {
            open("/login");
            assertPageStructure();
            keys.tabTo("E-mailadres", 30);
            keys.type(Pages.ADMIN_EMAIL);
            keys.tabTo("Wachtwoord", 2);
            keys.type(Pages.ADMIN_PASSWORD).press(Keys.ENTER);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            settle();

            // to the item list through the main navigation
            keys.forgetTrail();
            keys.tabTo("Beheer", 15);
            keys.press(Keys.ENTER);
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Beheer"));
            settle();
            assertPageStructure();
            keys.tabTo("Zoek in titel en tekst", 30);
            keys.type("werkbaarheidscheque");
            wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                    .anyMatch(a -> a.getText().equals("Werkbaarheidscheque")));

            // into the grid: Tab reaches a cell of the rows, the arrow keys move between rows, Enter on the title cell
            // focuses its link and Enter again opens it
            keys.moveTo(Keys.TAB, f -> f.tag().equals("td"), "a cell of the item list", 20);
            keys.moveTo(Keys.ARROW_DOWN, f -> f.label().equals("Werkbaarheidscheque"), "the row of the measure", 10);
            keys.press(Keys.ENTER);
            wait.until(d -> "a".equals(keys.focus().tag()));
            keys.press(Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/beheer/item/" + measure));
            settle();
            assertPageStructure();

            keys.forgetTrail();
            keys.tabTo("Samenvatting", 40);
            keys.press(Keys.END).type(" Ook voor kleine teams.");
            keys.tabTo("Bewaren", 150);
            keys.press(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
            assertThat(browser.findElement(By.cssSelector("vaadin-notification-card"))
                            .getText())
                    .contains("Bewaard");
            assertThat(editorSummary(measure)).isEqualTo(summaryBefore + " Ook voor kleine teams.");
        } finally {
            restoreSummary(measure, summaryBefore);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        settle();
    }

    private void settle() {
        Browser.settle(browser);
    }

    /** Dutch, one h1 and no skipped heading levels, the landmarks of the layout and a skip link to the main content. */
    @SuppressWarnings("unchecked")
    private void assertPageStructure() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl-BE");
        Map<String, Object> page = (Map<String, Object>) browser.executeScript("""
                const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                    .filter(h => h.getClientRects().length > 0 || h.classList.contains('visually-hidden'))
                    .map(h => Number(h.tagName.substring(1)));
                const count = s => document.querySelectorAll(s).length;
                return {levels: levels, banner: count('body header'), nav: count('header nav'), main: count('main'),
                        footer: count('body footer'), skip: document.querySelector('a.skip-link')?.getAttribute('href') || ''};
                """);
        List<Long> levels = (List<Long>) page.get("levels");
        String where = browser.getCurrentUrl() + " headings " + levels;
        assertThat(levels).as(where).isNotEmpty();
        assertThat(levels.getFirst()).as("first heading is the h1: " + where).isEqualTo(1L);
        assertThat(levels.stream().filter(l -> l == 1L).count())
                .as("one h1: " + where)
                .isEqualTo(1L);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i))
                    .as("no heading level skipped: " + where)
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(page)
                .as("landmarks on " + browser.getCurrentUrl())
                .containsEntry("banner", 1L)
                .containsEntry("nav", 1L)
                .containsEntry("main", 1L)
                .containsEntry("footer", 1L)
                .containsEntry("skip", "#inhoud");
    }

    private String editorSummary(long id) {
        accounts.loginAs(TestAccounts.ADMIN);
        try {
            return editor.load(id).source().summary();
        } finally {
            accounts.logout();
        }
    }

    private void restoreSummary(long id, String summary) {
        accounts.loginAs(TestAccounts.ADMIN);
        try {
            EditorItem current = editor.load(id);
            if (!current.source().summary().equals(summary)) {
                editor.save(
                        id, TestSources.with(current.source(), "summary", summary), current.version(), "terug na test");
            }
        } finally {
            accounts.logout();
        }
    }
}
