package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.TestMailServer;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.curation.TestSources;
import be.wegwijzer.itemfile.SampleSources;
import be.wegwijzer.mail.MailDispatcher;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium: a visitor who finds nothing asks a question, the sector fund's intermediary answers it, the
 * answer arrives by mail, an editor turns it into a FAQ entry on a tool, and the next visitor finds that tool.
 */
@IntegrationTest
class QuestionJourneyIT {

    /** A word no item uses, so the searches can only find the FAQ entry. */
    static final String WORD = "moutkuiprooster";

    static final String ASKER = "brouwer@journey-test.be";

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

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    TestMailServer server;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;
    WebDriverWait wait;
    Long toolId;

    @BeforeEach
    void prepare() {
        accounts.create();
        jdbc.update("delete from question");
        server.clear();
        accounts.loginAs(TestAccounts.EDITOR);
        EditorItem tool = editor.create(
                TestSources.with(
                        SampleSources.fullTool().withIdentity(ItemType.TOOL, "weg-test-ploegenrooster"),
                        "title",
                        "Brouwerij-rooster voor ploegen"),
                null);
        toolId = tool.id();
        editor.transition(toolId, ItemStatus.GEPUBLICEERD, null, null);
        accounts.logout();
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void cleanUp() {
        browser.quit();
        accounts.loginAs(TestAccounts.ADMIN);
        if (toolId != null && items.existsById(toolId)) {
            removals.delete(toolId, "opruimen na test");
        }
        jdbc.update("delete from question");
        accounts.removeAll();
    }

    @Test
    void aVisitorAsksTheFundAnswersTheAnswerArrivesAndBecomesAFaqEntrySearchFinds() throws Exception {
        // a visitor finds nothing and is offered to ask, with the sector filled in
        assertThat(search(WORD + "&sector=voeding")).isEmpty();
        WebElement offer = browser.findElement(By.cssSelector(".ask-offer.prominent a"));
        assertThat(offer.getAttribute("href")).endsWith("/vraag?sector=voeding");
        offer.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stel je vraag"));
        assertThat(browser.findElement(
                                By.xpath("//vaadin-combo-box[label[starts-with(normalize-space(.), 'Sector')]]//input"))
                        .getAttribute("value"))
                .isEqualTo("Voedingsindustrie");

        type(
                field("vaadin-text-area", "Je vraag", "textarea"),
                "Hoe maken we een eerlijk " + WORD + " voor de nachtploeg in onze brouwerij?");
        type(field("vaadin-email-field", "Je e-mailadres", "input"), ASKER);
        click(By.cssSelector("vaadin-checkbox"));
        Thread.sleep(4_500); // the minimum fill time: a person takes longer than a robot
        Screenshots.save(browser, "question-1-ask");
        click(By.xpath("//vaadin-button[normalize-space(.)='Verstuur je vraag']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ask-page section h2"), "Bedankt, je vraag is verstuurd"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Je krijgt het antwoord per mail");

        // the fund's intermediary is told by mail, logs in and answers
        dispatcher.sendDue();
        assertThat(server.receivedBy(TestAccounts.INTERMEDIARY)).hasSize(1);
        browser.get(url("/beheer/vragen"));
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn(TestAccounts.INTERMEDIARY);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vragen van bezoekers"));
        assertThat(browser.findElement(By.cssSelector(".question-card .question-text"))
                        .getText())
                .contains(WORD);
        type(
                field("vaadin-text-area", "Je antwoord", "textarea"),
                "Laat het team zelf een beurtrol van vier weken opstellen en wissel de nachten eerlijk af.");
        Screenshots.save(browser, "question-2-inbox");
        click(By.xpath("//vaadin-button[normalize-space(.)='Verstuur je antwoord']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".question-answer"), "beurtrol"));
        logOut();

        // the asker's mail arrives
        dispatcher.sendDue();
        List<MimeMessage> arrived = server.receivedBy(ASKER);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.getFirst().getContent().toString())
                .contains("beurtrol van vier weken", "Sectorfonds Voeding");

        // an editor turns it into a FAQ entry on the tool
        browser.get(url("/beheer/vragen"));
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn(TestAccounts.EDITOR);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Vragen van bezoekers"));
        choose(field("vaadin-combo-box", "Bij welke maatregel", "input"), "Brouwerij-rooster");
        type(
                field("vaadin-text-field", "De vraag, zonder", "input"),
                "Hoe maak je een eerlijk " + WORD + " voor een nachtploeg?");
        Screenshots.save(browser, "question-3-faq");
        click(By.xpath("//vaadin-button[normalize-space(.)='Voeg toe als veelgestelde vraag']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".faq-form"), "Staat als veelgestelde vraag"));
        logOut();

        // the next visitor finds the tool by the FAQ entry, and the question's text is nowhere public but there
        assertThat(search(WORD)).containsExactly("Brouwerij-rooster voor ploegen");
        Screenshots.save(browser, "question-4-found");
    }

    private List<String> search(String query) {
        browser.get(url("/zoeken?q=" + query));
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
        wait.until(ExpectedConditions.invisibilityOfElementLocated(logout));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aanmelden voor")));
        Browser.settle(browser);
    }

    private static By field(String tag, String labelStart, String input) {
        return By.xpath("//" + tag + "[label[starts-with(normalize-space(.), \"" + labelStart + "\")]]//" + input);
    }

    private void type(By by, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).sendKeys(text);
    }

    private void choose(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.sendKeys(text);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
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
