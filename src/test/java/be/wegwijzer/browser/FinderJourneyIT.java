package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An employer fills in the Steunzoeker on a phone-sized screen and gets measures with reasons. */
@IntegrationTest
class FinderJourneyIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBakeryFindsItsSupportOnAPhone() {
        browser = Browser.start(375, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/steunzoeker");

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-radio-button[.='Werkgever']")))
                .click();
        browser.findElement(By.cssSelector("vaadin-integer-field input")).sendKeys("8");
        WebElement sector =
                browser.findElements(By.cssSelector("vaadin-combo-box input")).getFirst();
        sector.sendKeys("118");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        sector.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        WebElement region =
                browser.findElements(By.cssSelector("vaadin-combo-box input")).get(1);
        region.sendKeys("Limburg");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        region.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.findElement(By.xpath("//vaadin-button[.='Toon de steun die past']"))
                .click();

        wait.until(ExpectedConditions.urlContains("statuut=werkgever"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finder-card")));
        assertThat(browser.getCurrentUrl()).contains("werknemers=8", "sector=voeding", "regio=limburg");
        assertThat(browser.findElement(By.cssSelector(".finder-results")).getText())
                .contains(
                        "Past bij jouw situatie",
                        "Werkbaarheidscheque",
                        "Je bedrijf in Provincie Limburg valt onder Vlaanderen.");
        assertThat(Screenshots.fitsWidth(browser))
                .as("no sideways scrolling at 375 px")
                .isTrue();
        Screenshots.save(browser, "steunzoeker-375");
    }

    @Test
    void aMissingNumberIsExplainedNextToTheField() {
        browser = Browser.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/steunzoeker");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-radio-button[.='Werkgever']")))
                .click();
        browser.findElement(By.xpath("//vaadin-button[.='Toon de steun die past']"))
                .click();
        WebElement field = browser.findElement(By.cssSelector("vaadin-integer-field"));
        wait.until(d -> field.getAttribute("invalid") != null);
        assertThat(field.getText()).contains("Vul het aantal werknemers in");
        Screenshots.save(browser, "steunzoeker-fout-1280");
    }
}
