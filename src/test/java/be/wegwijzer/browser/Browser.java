package be.wegwijzer.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for the real-browser journeys (installed by .ci/run). */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start(int width, int height) {
        return start(width, height, options -> {});
    }

    /** As {@link #start(int, int)}, with further options (say, how to treat an alert the page opens). */
    public static ChromeDriver start(int width, int height, Consumer<ChromeOptions> extra) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height,
                "--lang=nl-BE");
        extra.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // Headless Chromium keeps its window at least 500 px wide whatever --window-size says; resizing through
        // the driver sets the real viewport, so that a phone-sized test sees 375 px.
        resize(driver, width, height);
        return driver;
    }

    /** Sets the viewport (window.innerWidth) to the given size. */
    public static void resize(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Waits until the page is done: loaded, the view rendered into the main landmark and Vaadin no longer busy with
     * the server (after a navigation or a click that the server answers).
     */
    public static void settle(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                + "return document.readyState === 'complete' && !!clients && Object.keys(clients).length > 0"
                                + " && Object.values(clients).every(c => !c.isActive || !c.isActive())"
                                + " && !!document.querySelector('main > *');")));
    }

    /** Waits two animation frames, so that resize observers and the layout have caught up with a new window size. */
    public static void afterLayout(ChromeDriver driver) {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }
}
