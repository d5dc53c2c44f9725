package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRemovalService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: a sector consultant logs in and submits a good practice, an editor reviews and publishes it,
 * and a visitor finds it in search.
 */
@IntegrationTest
class CurationJourneyIT {

    /** A word no other item uses, so the visitor's search can only find this practice. */
    static final String WORD = "deegrolplanning";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    ItemRepository items;

    ChromeDriver browser;
    WebDriverWait wait;
    Long itemId;

    @BeforeEach
    void openBrowser() {
        accounts.create();
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        accounts.loginAs(TestAccounts.ADMIN);
        if (itemId != null && items.existsById(itemId)) {
            removals.delete(itemId, "opruimen na test");
        }
        accounts.removeAll();
    }

    @Test
    void aConsultantSharesAPracticeAnEditorPublishesItAndAVisitorFindsIt() {
        // a sector consultant asks for the editor and is sent to the login page first
        browser.get(url("/bijdragen"));
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn(TestAccounts.CONTRIBUTOR);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Een goede praktijk bijdragen"));

        type(field("vaadin-text-field", "Titel", "input"), "Brouwerij verdeelt de nachtdiensten met een ketelplanning");
        type(
                field("vaadin-text-area", "Samenvatting", "textarea"),
                "Een kleine brouwerij maakte samen met het team een eerlijke beurtrol voor de nachtdiensten.");
        type(
                field("vaadin-text-area", "De uitdaging", "textarea"),
                "De nachtdiensten kwamen telkens bij dezelfde twee mensen terecht.");
        type(
                field("vaadin-text-area", "Wat deden ze?", "textarea"),
                "Het team maakte zelf een " + WORD + " voor vier weken vooruit.");
        type(
                field("vaadin-text-area", "Wat leverde het op?", "textarea"),
                "Minder overuren en niemand vertrok dat jaar.");
        type(field("vaadin-integer-field", "Investering", "input"), "250");
        choose(field("vaadin-combo-box", "Sector", "input"), "Voeding");
        choose(field("vaadin-multi-select-combo-box", "Thema", "input"), "Werkdruk");
        Screenshots.save(browser, "curation-1-contribution-form");
        click(By.xpath("//vaadin-button[normalize-space(.)='Indienen voor review']"));

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Bedankt voor je bijdrage"));
        String href = browser.findElement(By.linkText("Bekijk je bijdrage")).getAttribute("href");
        itemId = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
        assertThat(items.findById(itemId).orElseThrow().getStatus()).isEqualTo(ItemStatus.TER_REVIEW);
        logOut();

        // not public yet
        assertThat(search(WORD)).isEmpty();

        // an editor sees it waiting, reviews and publishes it
        browser.get(url("/beheer/overzicht"));
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn(TestAccounts.EDITOR);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Overzicht"));
        browser.findElement(By.linkText("Brouwerij verdeelt de nachtdiensten met een ketelplanning"))
                .click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".workflow-panel h2"), "Ter review"));
        Screenshots.save(browser, "curation-2-editor-review");
        click(By.xpath("//vaadin-button[normalize-space(.)='Publiceren']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".workflow-panel h2"), "Gepubliceerd"));
        logOut();

        // a visitor finds it
        assertThat(search(WORD)).containsExactly("Brouwerij verdeelt de nachtdiensten met een ketelplanning");
        Screenshots.save(browser, "curation-3-visitor-finds-it");
        browser.findElement(By.cssSelector(".hit-title")).click();
        wait.until(ExpectedConditions.textToBe(
                By.tagName("h1"), "Brouwerij verdeelt de nachtdiensten met een ketelplanning"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sectorfonds");
    }

    private List<String> search(String words) {
        browser.get(url("/zoeken?q=" + words));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-status")));
        return browser.findElements(By.cssSelector(".hit-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void logIn(String email) {
        WebElement user = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void logOut() {
        By logout = By.xpath("//vaadin-button[normalize-space(.)='Afmelden']");
        click(logout);
        // The footer's login link is on every page, logged in or not: logged out is when the logout button is gone
        // and the page it redirected to is there. Opening the next page earlier races the end of the session.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(logout));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aanmelden voor")));
        Browser.settle(browser);
    }

    /** A Vaadin field by the start of its label (the label is a slotted child element, not an attribute). */
    private static By field(String tag, String labelStart, String input) {
        return By.xpath("//" + tag + "[label[starts-with(normalize-space(.), \"" + labelStart + "\")]]//" + input);
    }

    private void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.sendKeys(text);
    }

    /** Types in a combo box and takes the first suggestion. */
    private void choose(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.sendKeys(text);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")));
        field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        field.sendKeys(Keys.TAB);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
