package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.scan.QuickScan;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor with high workload and little support answers the quick scan and prints the action plan. */
@IntegrationTest
class ScanJourneyIT {

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
    void answersGiveAProfileAndAPrintableActionPlan() throws Exception {
        browser = Browser.start(375, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/scan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-radio-group")));

        QuickScan scan = QuickScan.load();
        List<WebElement> groups = browser.findElements(By.cssSelector(".statements vaadin-radio-group"));
        assertThat(groups).hasSize(scan.statements().size());
        for (int i = 0; i < groups.size(); i++) {
            QuickScan.Statement statement = scan.statements().get(i);
            boolean bad = statement.dimension().equals("werkdruk")
                    || statement.dimension().equals("steun-leidinggevende");
            String answer = statement.positive() == bad
                    ? scan.scale().getFirst()
                    : scan.scale().getLast();
            WebElement radio = groups.get(i).findElement(By.xpath(".//vaadin-radio-button[.='" + answer + "']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
            radio.click();
        }
        browser.findElement(By.xpath("//vaadin-button[.='Toon mijn profiel en actieplan']"))
                .click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".plan-point")));
        List<WebElement> points = browser.findElements(By.cssSelector(".plan-point"));
        assertThat(points).hasSize(2);
        assertThat(points.getFirst().getText()).contains("Steun van de leidinggevende", "Eerste stap:");
        assertThat(browser.findElement(By.cssSelector(".profile-chart")).getAttribute("role"))
                .isEqualTo("img");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("geen meting", "Werkdruk");
        assertThat(Screenshots.fitsWidth(browser))
                .as("no sideways scrolling at 375 px")
                .isTrue();
        Screenshots.save(browser, "scan-resultaat-375");
        assertThat(Files.size(Screenshots.print(browser, "scan-actieplan"))).isPositive();
    }
}
