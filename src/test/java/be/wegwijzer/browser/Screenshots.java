package be.wegwijzer.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

/** Saves what a browser journey saw, so a person can look at it (target/screenshots). */
final class Screenshots {

    static final Path FOLDER = Path.of("target/screenshots");

    private Screenshots() {}

    static Path save(ChromeDriver browser, String name) {
        return write(name + ".png", browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The page as the browser prints it, with the print stylesheet applied. */
    static Path print(ChromeDriver browser, String name) {
        return write(
                name + ".pdf",
                Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent()));
    }

    /** True when the page is not wider than the window: nothing to scroll sideways. */
    static boolean fitsWidth(ChromeDriver browser) {
        Object result = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        return Boolean.TRUE.equals(result);
    }

    private static Path write(String file, byte[] bytes) {
        try {
            Files.createDirectories(FOLDER);
            return Files.write(FOLDER.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
