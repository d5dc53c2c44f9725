package be.wegwijzer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail(OutgoingMail.text(MailAddress.parse("a@b.be"), "Onderwerp", "Tekst"), NOW);
    }

    @Test
    void eachFailureWaitsLongerUpToADay() {
        assertThat(OutboxMail.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.backoff(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxMail.backoff(3)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxMail.backoff(6)).isEqualTo(Duration.ofMinutes(1024));
        assertThat(OutboxMail.backoff(7)).isEqualTo(Duration.ofDays(1));
        assertThat(OutboxMail.backoff(30)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aFailedMailWaitsForItsNextAttemptAndIsGivenUpAfterTheLast() {
        OutboxMail mail = mail();
        mail.failed("Connection refused", NOW, 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.WACHTEND);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.failed("Connection refused", NOW, 3);
        mail.failed("Connection refused", NOW, 3);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.MISLUKT);
        assertThat(mail.getAttempts()).isEqualTo(3);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void anEditorCanRetryAGivenUpMailButNotASentOne() {
        OutboxMail mail = mail();
        mail.failed("x".repeat(900), NOW, 1);
        assertThat(mail.getLastError()).hasSize(OutboxMail.ERROR_MAX_LENGTH);
        mail.retry(NOW.plusSeconds(60));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.WACHTEND);
        assertThat(mail.getAttempts()).isZero();
        mail.sent(NOW);
        assertThatThrownBy(() -> mail.retry(NOW)).hasMessageContaining("al verzonden");
    }

    @Test
    void aSubjectIsOneLineAndAtMostTheColumnLength() {
        OutgoingMail mail =
                OutgoingMail.text(MailAddress.parse("a@b.be"), "Eerste\r\nTweede " + "x".repeat(300), "Tekst");
        assertThat(mail.subject()).startsWith("Eerste Tweede").hasSize(OutboxMail.SUBJECT_MAX_LENGTH);
    }
}
