package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor searches, filters, opens an item and goes back, in real Chromium. */
@IntegrationTest
class SearchJourneyIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void searchFilterOpenAndGoBack() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl-BE");
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".search-box input")));
        field.sendKeys("werkdruk", Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/zoeken?q=werkdruk"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertThat(browser.findElement(By.cssSelector(".result-status")).getText())
                .matches("\\d+ resultaten voor ‘werkdruk’");
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();

        WebElement tools = browser.findElements(By.cssSelector(".facet vaadin-checkbox")).stream()
                .filter(c -> c.getText().startsWith("Tools"))
                .findFirst()
                .orElseThrow();
        tools.click();
        wait.until(ExpectedConditions.urlContains("type=tool"));
        wait.until(d -> d.findElements(By.cssSelector(".badge")).stream()
                .allMatch(b -> b.getText().equalsIgnoreCase("Tool")));

        List<WebElement> hits = browser.findElements(By.cssSelector(".hit-title"));
        String title = hits.getFirst().getText();
        hits.getFirst().click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(browser.getCurrentUrl()).contains("/tool/");

        browser.navigate().back();
        wait.until(ExpectedConditions.urlContains("type=tool"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
        assertThat(browser.findElement(By.cssSelector(".result-status")).getText())
                .contains("werkdruk");
    }

    @Test
    void suggestionsWhileTypingAreChosenWithTheKeyboard() {
        browser.get("http://localhost:" + port + "/");
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".search-box input")));
        field.sendKeys("w");
        field.sendKeys("erks");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-suggestions a")));
        List<WebElement> links = browser.findElements(By.cssSelector(".search-suggestions a"));
        assertThat(links)
                .extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("Werkstress-scan voor kleine teams"));

        field.sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> links.getFirst().equals(d.switchTo().activeElement()));
        Screenshots.save(browser, "search-suggestions");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> links.size() < 2 || links.get(1).equals(d.switchTo().activeElement()));
        String chosen = browser.switchTo().activeElement().getAttribute("href");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(chosen));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void anUnknownItemAnswersNotFound() {
        browser.get("http://localhost:" + port + "/tool/bestaat-niet");
        // the first response already holds the same heading (seo); the search box is the view's
        Browser.settle(browser);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Deze pagina bestaat niet (meer)"));
        assertThat(browser.findElement(By.cssSelector(".search-box input")).getAttribute("value"))
                .isEqualTo("bestaat niet");
    }
}
