package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first HTML of a page holds its content (seo.HeadWriter); in real Chromium the Vaadin view then takes over
 * cleanly: the prerendered copy leaves the page, one heading and one main landmark remain, and navigating inside the
 * application shows no trace of the first page. Without JavaScript the same page is readable as it arrived.
 */
@IntegrationTest
class TakeOverIT {

    @LocalServerPort
    int port;

    @Test
    void theViewReplacesThePrerenderedContentAndNavigationStaysClean() {
        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            browser.get("http://localhost:" + port + "/maatregel/werkbaarheidscheque");
            Browser.settle(browser);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.findElements(By.cssSelector(".prerendered")).isEmpty());
            assertThat(browser.findElements(By.tagName("h1")))
                    .singleElement()
                    .satisfies(h1 -> assertThat(h1.getText()).isEqualTo("Werkbaarheidscheque"));
            assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("main")).getAttribute("id"))
                    .isEqualTo("inhoud");
            // the head the first response wrote stays for the page it describes
            assertThat(browser.getTitle()).isEqualTo("Werkbaarheidscheque | Wegwijzer Werkbaar Werk");
            assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']")))
                    .isNotEmpty();

            // a navigation inside the application: one heading, the new page's
            WebElement owner = browser.findElement(By.linkText("Kenniscentrum Werkbaar Werk"));
            owner.click();
            wait.until(ExpectedConditions.urlContains("/organisatie/"));
            Browser.settle(browser);
            List<WebElement> headings = browser.findElements(By.tagName("h1"));
            assertThat(headings).hasSize(1);
            assertThat(headings.getFirst().getText()).isNotEqualTo("Werkbaarheidscheque");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anActivityOffersItsCalendarFileAndASearchItsFeed() {
        ChromeDriver browser = Browser.start(1280, 1000);
        try {
            browser.get("http://localhost:" + port + "/activiteit/webinar-telewerk");
            Browser.settle(browser);
            WebElement calendar = browser.findElement(By.linkText("Zet in je agenda"));
            assertThat(calendar.getAttribute("href"))
                    .isEqualTo("http://localhost:" + port + "/kalender/activiteit/webinar-telewerk.ics");

            browser.get("http://localhost:" + port + "/zoeken?q=werkdruk&type=tool");
            Browser.settle(browser);
            WebElement follow = browser.findElement(By.linkText("Volg deze zoekopdracht"));
            assertThat(follow.getAttribute("href"))
                    .isEqualTo("http://localhost:" + port + "/feeds/zoeken.atom?q=werkdruk&type=tool");
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptThePageIsReadableAsItArrived() {
        ChromeDriver browser =
                Browser.start(1280, 1000, options -> options.addArguments("--blink-settings=scriptEnabled=false"));
        try {
            browser.get("http://localhost:" + port + "/maatregel/werkbaarheidscheque");
            WebElement heading = browser.findElement(By.cssSelector(".prerendered h1"));
            assertThat(heading.isDisplayed()).isTrue();
            assertThat(heading.getText()).isEqualTo("Werkbaarheidscheque");
            assertThat(browser.findElement(By.cssSelector(".prerendered .lead")).getText())
                    .isEqualTo("Vlaanderen betaalt mee aan advies dat het werk in je bedrijf werkbaarder maakt.");
            assertThat(browser.findElement(By.cssSelector(".prerendered .item-body"))
                            .getText())
                    .contains("Voor wie");
            Screenshots.save(browser, "zonder-javascript-maatregel");
        } finally {
            browser.quit();
        }
    }
}
