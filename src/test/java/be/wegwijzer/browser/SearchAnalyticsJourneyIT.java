package be.wegwijzer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.searchlog.SearchLogService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** In real Chromium, opening a hit from the search page still reaches the search log before the item page loads. */
@IntegrationTest
class SearchAnalyticsJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    SearchLogService searchLog;

    @Autowired
    JdbcTemplate jdbc;

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
        searchLog.awaitWrites(Duration.ofSeconds(10));
        jdbc.update("delete from search_event where query_text = 'telewerk'");
    }

    @Test
    void openingTheSecondHitLogsTheSearchWithRankTwo() {
        browser.get("http://localhost:" + port + "/zoeken?q=Telewerk");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".hit-title"), 1));
        List<WebElement> titles = browser.findElements(By.cssSelector(".hit-title"));
        String title = titles.get(1).getText();
        titles.get(1).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));

        searchLog.awaitWrites(Duration.ofSeconds(10));
        Map<String, Object> logged = jdbc.queryForMap(
                "select query_text, clicked_rank from search_event where query_text = 'telewerk' order by id desc limit 1");
        assertThat(logged).containsEntry("clicked_rank", 2);
    }
}
