package be.wegwijzer.browser;

import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.scan.QuickScan;
import be.wegwijzer.scan.ScanContext;
import be.wegwijzer.scan.ScanService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page type of the portal, once, on the test corpus: what the accessibility audit checks and what the
 * screenshot tour renders. A new page type belongs here, so that the audit holds it to the same bar.
 */
final class Pages {

    /**
     * @param name    a short file-name-safe name, also used in reports
     * @param path    the path to open
     * @param editor  needs a logged-in editor (the administrator of the test settings)
     * @param prepare what a visitor does on the page before it is checked (null: nothing)
     */
    record Page(String name, String path, boolean editor, Consumer<ChromeDriver> prepare) {

        Page(String name, String path, boolean editor) {
            this(name, path, editor, null);
        }

        boolean isPublic() {
            return !editor;
        }
    }

    /** The administrator that application-test.properties creates. */
    static final String ADMIN_EMAIL = "beheerder@test.wegwijzer.be";

    static final String ADMIN_PASSWORD = "Beheerder-test-2026";

    private Pages() {}

    static List<Page> all(ItemRepository items, ScanService scans) {
        long measure = items.findByTypeAndSlug(ItemType.MAATREGEL, "werkbaarheidscheque")
                .orElseThrow()
                .getId();
        List<Page> pages = new ArrayList<>(List.of(
                new Page("home", "/", false),
                new Page("doelgroep", "/voor/werkgevers", false),
                new Page("zoeken", "/zoeken", false),
                new Page("zoeken-resultaten", "/zoeken?q=werkdruk", false),
                new Page("zoeken-filter", "/zoeken?q=werkdruk&type=tool", false),
                new Page("zoeken-geen-resultaten", "/zoeken?q=qqxxyyzz", false),
                new Page("zoeken-suggesties", "/zoeken", false, Pages::typeForSuggestions),
                new Page("zoeken-bedoelde-je", "/zoeken?q=bakkrij", false),
                new Page("tool", "/tool/kmo-gids", false),
                new Page("fiche", "/fiche/werkdruk", false),
                new Page("praktijk", "/praktijk/bakkerij-limburg", false),
                new Page("maatregel", "/maatregel/werkbaarheidscheque", false),
                new Page("organisatie", "/organisatie/sectorfonds-voeding", false),
                new Page("activiteit", "/activiteit/webinar-telewerk", false),
                new Page("steunzoeker", "/steunzoeker", false),
                new Page("steunzoeker-fout", "/steunzoeker", false, Pages::submitEmptyFinder),
                new Page(
                        "steunzoeker-resultaten",
                        "/steunzoeker?statuut=werkgever&werknemers=8&sector=voeding&regio=limburg",
                        false),
                new Page("scan", "/scan", false),
                new Page("scan-resultaat", "/scan/resultaat/" + keptScan(scans), false),
                new Page("wie-helpt", "/wie-helpt", false),
                new Page("themas", "/themas", false),
                new Page("thema", "/thema/werkstress", false),
                new Page("agenda", "/agenda", false),
                new Page("niet-gevonden", "/tool/bestaat-niet", false),
                new Page("aanmelden", "/login", false),
                new Page("toegankelijkheid", "/toegankelijkheid", false),
                new Page("op-de-hoogte", "/op-de-hoogte?thema=werkdruk&q=stress", false),
                new Page("op-de-hoogte-fout", "/op-de-hoogte?thema=werkdruk", false, Pages::subscribeWithoutAddress),
                new Page("op-de-hoogte-deadline", "/op-de-hoogte?maatregel=toekomstige-premie", false),
                new Page("op-de-hoogte-bevestigen", "/op-de-hoogte/bevestigen/onbekend", false),
                new Page("op-de-hoogte-mijn", "/op-de-hoogte/mijn/onbekend", false),
                new Page("op-de-hoogte-uitschrijven", "/op-de-hoogte/uitschrijven/onbekend", false),
                new Page("ontwikkelaars", "/ontwikkelaars", false),
                new Page("ontwikkelaars-widget", "/ontwikkelaars/widget", false, Pages::waitForWidgetPreview),
                new Page("vraag", "/vraag?thema=werkdruk&sector=voeding", false),
                new Page("vraag-fout", "/vraag", false, Pages::sendEmptyQuestion),
                new Page("signalen", "/signalen", false),
                new Page("doelgroep-beleid", "/voor/beleid", false),
                new Page("beheer", "/beheer", true),
                new Page("beheer-item", "/beheer/item/" + measure, true),
                new Page("beheer-item-fouten", "/beheer/item/" + measure, true, Pages::saveWithoutSummary),
                new Page("beheer-nieuw", "/beheer/nieuw/praktijk", true),
                new Page("beheer-voorbeeld", "/beheer/voorbeeld/" + measure, true),
                new Page("beheer-geschiedenis", "/beheer/item/" + measure + "/geschiedenis", true),
                new Page("beheer-overzicht", "/beheer/overzicht", true),
                new Page("beheer-links", "/beheer/links", true),
                new Page("beheer-uitwisselen", "/beheer/uitwisselen", true),
                new Page("beheer-gebruikers", "/beheer/gebruikers", true),
                new Page("beheer-auditlog", "/beheer/auditlog", true),
                new Page("beheer-zoekgedrag", "/beheer/zoekgedrag", true),
                new Page("beheer-synoniemen", "/beheer/synoniemen", true),
                new Page("beheer-mail", "/beheer/mail", true),
                new Page("beheer-vragen", "/beheer/vragen", true),
                new Page("beheer-vraagroutering", "/beheer/vraagroutering", true),
                new Page("bijdragen", "/bijdragen", true)));
        return List.copyOf(pages);
    }

    /** The live preview of the widget has loaded its results (the widget runs under the page's own policy). */
    static void waitForWidgetPreview(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector("#widget-preview .ww-result"))
                        .isEmpty());
    }

    /** Logs in as the administrator through the login form. */
    static void logIn(ChromeDriver browser, int port) {
        browser.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(ADMIN_EMAIL);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** A stored scan with a mixed profile, as a visitor gets it after "Bewaar mijn resultaat". */
    private static String keptScan(ScanService scans) {
        QuickScan scan = scans.definition();
        List<Integer> answers = IntStream.range(0, scan.statements().size())
                .map(i -> i % (scan.maxAnswer() + 1))
                .boxed()
                .toList();
        return scans.keep(answers, new ScanContext("voeding", 8, "limburg"));
    }

    private static void subscribeWithoutAddress(ChromeDriver browser) {
        browser.findElement(By.xpath("//vaadin-button[.='Inschrijven']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("vaadin-email-field")).getAttribute("invalid") != null);
    }

    private static void submitEmptyFinder(ChromeDriver browser) {
        browser.findElement(By.xpath("//vaadin-radio-button[.='Werkgever']")).click();
        browser.findElement(By.xpath("//vaadin-button[.='Toon de steun die past']"))
                .click();
    }

    /** Sends the question form empty, so that its error message shows. */
    private static void sendEmptyQuestion(ChromeDriver browser) {
        browser.findElement(By.xpath("//vaadin-button[.='Verstuur je vraag']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-error")));
    }

    /** Types in the search box until the suggestion list is open. */
    private static void typeForSuggestions(ChromeDriver browser) {
        browser.findElement(By.cssSelector(".search-box input")).sendKeys("telew");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".search-suggestions a")));
    }

    private static void saveWithoutSummary(ChromeDriver browser) {
        browser.findElement(By.xpath(
                        "//vaadin-text-area[label[starts-with(normalize-space(.), 'Samenvatting')]]//textarea"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.findElement(By.xpath("//vaadin-button[.='Bewaren']")).click();
    }
}
