package be.wegwijzer.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every check runs against {@link TestSite} on 127.0.0.1: these tests never contact another host. */
class LinkCheckerTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);

    static TestSite site;
    static LinkChecker checker;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        checker = new LinkChecker(new LinkChecker.Settings(Duration.ofSeconds(2), REQUEST_TIMEOUT, "Wegwijzer-test"));
    }

    @AfterAll
    static void stop() {
        checker.close();
        site.close();
    }

    int requestsBefore;

    @BeforeEach
    void countRequests() {
        requestsBefore = site.requests().size();
    }

    @Test
    void aPageThatAnswers200IsOkAfterOnlyAHeadRequest() {
        LinkCheckResult result = checker.check(site.url("/ok"));

        assertThat(result).isEqualTo(new LinkCheckResult(LinkStatus.OK, 200, null, null));
        assertThat(newRequests()).containsExactly("HEAD /ok");
    }

    @Test
    void everyRequestIntroducesThePortal() {
        checker.check(site.url("/ok"));

        assertThat(site.userAgents()).last().isEqualTo("Wegwijzer-test");
        assertThat(LinkChecker.Settings.defaults().userAgent()).contains("WegwijzerWerkbaarWerk");
    }

    @Test
    void aMissingPageIsBrokenWithItsStatusCode() {
        LinkCheckResult result = checker.check(site.url("/missing"));

        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.message()).isEqualTo("Pagina niet gevonden (HTTP 404).");
    }

    @Test
    void aServerErrorIsBroken() {
        LinkCheckResult result = checker.check(site.url("/server-error"));

        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.httpStatus()).isEqualTo(500);
        assertThat(result.message()).startsWith("Fout op de server");
    }

    @Test
    void aPermanentRedirectToAWorkingPageIsReportedWithTheNewAddress() {
        LinkCheckResult result = checker.check(site.url("/moved"));

        assertThat(result.status()).isEqualTo(LinkStatus.REDIRECTED);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.finalUrl()).isEqualTo(site.url("/ok"));
        assertThat(result.message()).contains(site.url("/ok"));
    }

    @Test
    void aTemporaryRedirectToAWorkingPageIsOk() {
        LinkCheckResult result = checker.check(site.url("/found"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(result.finalUrl()).isEqualTo(site.url("/ok"));
    }

    @Test
    void aPermanentRedirectToAMissingPageIsBroken() {
        LinkCheckResult result = checker.check(site.url("/moved-to-missing"));

        assertThat(result.status()).isEqualTo(LinkStatus.BROKEN);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.finalUrl()).isEqualTo(site.url("/missing"));
    }

    @Test
    void aRedirectLoopIsAnErrorAndStopsAtTheFirstRepeat() {
        LinkCheckResult result = checker.check(site.url("/loop-a"));

        assertThat(result.status()).isEqualTo(LinkStatus.ERROR);
        assertThat(result.message()).contains("kring");
        assertThat(newRequests()).containsExactly("HEAD /loop-a", "HEAD /loop-b");
    }

    @Test
    void fiveRedirectsAreFollowedButNotASixth() {
        assertThat(checker.check(site.url("/hops/5")).status()).isEqualTo(LinkStatus.OK);

        LinkCheckResult tooMany = checker.check(site.url("/hops/6"));
        assertThat(tooMany.status()).isEqualTo(LinkStatus.ERROR);
        assertThat(tooMany.message()).startsWith("Meer dan 5 doorverwijzingen");
    }

    @Test
    void aServerThatRefusesHeadIsCheckedWithGet() {
        LinkCheckResult result = checker.check(site.url("/no-head"));

        assertThat(result.status()).isEqualTo(LinkStatus.OK);
        assertThat(newRequests()).containsExactly("HEAD /no-head", "GET /no-head");
    }

    @Test
    void aServerThatAnswersHeadWith404ButGetWith200IsOk() {
        assertThat(checker.check(site.url("/head-not-found")).status()).isEqualTo(LinkStatus.OK);
    }

    @Test
    void aPageThatAnswersLaterThanTheTimeOutIsATimeOut() {
        long start = System.nanoTime();

        LinkCheckResult result = checker.check(site.url("/slow"));

        assertThat(result.status()).isEqualTo(LinkStatus.TIMEOUT);
        assertThat(result.httpStatus()).isNull();
        assertThat(result.message()).isEqualTo("Geen antwoord van 127.0.0.1 binnen 0,5 s.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(TestSite.SLOW));
    }

    @Test
    void aRedirectToSomethingOtherThanAWebPageIsNotFollowed() {
        LinkCheckResult result = checker.check(site.url("/to-mailto"));

        assertThat(result.status()).isEqualTo(LinkStatus.ERROR);
        assertThat(result.message()).contains("mailto:info@example.org", "geen webpagina");
        assertThat(newRequests()).containsExactly("HEAD /to-mailto");
    }

    @Test
    void aRedirectWithoutANewAddressIsAnError() {
        LinkCheckResult result = checker.check(site.url("/no-location"));

        assertThat(result.status()).isEqualTo(LinkStatus.ERROR);
        assertThat(result.httpStatus()).isEqualTo(301);
    }

    @Test
    void onlyHttpAndHttpsAddressesAreChecked() {
        assertThat(checker.check("ftp://127.0.0.1/bestand.pdf")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(LinkStatus.ERROR);
            assertThat(r.message()).startsWith("Alleen http- en https-adressen");
        });
        assertThat(checker.check("mailto:info@example.org").status()).isEqualTo(LinkStatus.ERROR);
        assertThat(checker.check("geen adres").message()).contains("geen geldig webadres");
        assertThat(newRequests()).isEmpty();
    }

    @Test
    void aClosedPortIsAnErrorSayingTheServerRefusesTheConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        LinkCheckResult result = checker.check("http://127.0.0.1:" + closedPort + "/");

        assertThat(result.status()).isEqualTo(LinkStatus.ERROR);
        assertThat(result.message()).isEqualTo("De server 127.0.0.1 weigert de verbinding.");
    }

    @Test
    void anUnknownHostIsExplainedInDutch() {
        // This is how HttpClient reports a name it cannot resolve; looking up a real name would need DNS.
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());

        assertThat(LinkChecker.describe(unresolved, URI.create("https://www.bestaat-niet.be/")))
                .startsWith("Onbekende server www.bestaat-niet.be");
    }

    private List<String> newRequests() {
        List<String> all = site.requests();
        return all.subList(requestsBefore, all.size());
    }
}
