package be.wegwijzer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestClock;
import be.wegwijzer.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on the real database, sent to a real SMTP server in the test JVM. */
@IntegrationTest
class MailOutboxIT {

    @Autowired
    MailService mail;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    MailProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestMailServer server;

    @Autowired
    TestClock clock;

    static final MailAddress ASKER = MailAddress.parse("vraagsteller@bakkerij.be");

    @BeforeEach
    @AfterEach
    void emptyOutboxAndServer() {
        outbox.deleteAll();
        server.clear();
        clock.reset();
    }

    @Test
    void aQueuedMailArrivesWithTextHtmlAndOneClickUnsubscribe() throws Exception {
        mail.queue(OutgoingMail.text(ASKER, "Je vraag over werkstress is beantwoord", "Dag,\n\nHier is het antwoord.")
                .withHtml("<p>Dag,</p><p>Hier is het <strong>antwoord</strong>.</p>")
                .withUnsubscribe("http://localhost:8080/afmelden/abc"));

        assertThat(dispatcher.sendDue()).isEqualTo(1);

        MimeMessage arrived = server.receivedBy(ASKER.value()).getFirst();
        assertThat(arrived.getSubject()).isEqualTo("Je vraag over werkstress is beantwoord");
        assertThat(arrived.getFrom()[0].toString()).contains("noreply@test.wegwijzer.be");
        assertThat(arrived.getHeader("List-Unsubscribe")).containsExactly("<http://localhost:8080/afmelden/abc>");
        assertThat(arrived.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String body = bodyText(arrived);
        assertThat(body).contains("Hier is het antwoord.", "<strong>antwoord</strong>");
        OutboxMail stored = outbox.findAll().getFirst();
        assertThat(stored.getStatus()).isEqualTo(MailStatus.VERZONDEN);
        assertThat(stored.getSentAt()).isNotNull();

        assertThat(dispatcher.sendDue()).as("nothing is sent twice").isZero();
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void theSameCauseQueuesOneMailEvenWhenAJobRunsTwice() {
        OutgoingMail digest =
                OutgoingMail.text(ASKER, "Nieuw voor jou", "Drie nieuwe items").withDedupKey("digest:1:2026-12-07");
        OutboxMail first = mail.queue(digest);
        OutboxMail again = mail.queue(digest);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(outbox.count()).isEqualTo(1);
        assertThat(mail.queued("digest:1:2026-12-07")).isTrue();
        dispatcher.sendDue();
        mail.queue(digest);
        dispatcher.sendDue();
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void withoutAMailServerMailsWaitInTheOutboxAndNothingIsLost() {
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        MailDispatcher withoutServer = new MailDispatcher(outbox, none, properties, transaction, clock);
        mail.queue(OutgoingMail.text(ASKER, "Nieuwe vraag", "Er is een vraag voor jullie organisatie."));

        assertThat(withoutServer.sendDue()).isZero();

        OutboxMail waiting = outbox.findAll().getFirst();
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.WACHTEND);
        assertThat(waiting.getAttempts()).isZero();
        assertThat(server.received()).isEmpty();
        // once a server is there, the waiting mail goes out
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        assertThat(server.receivedBy(ASKER.value())).hasSize(1);
    }

    @Test
    void aFailedMailIsRetriedLaterAndArrivesOnceTheServerIsBack() {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1); // nothing listens there
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("unreachable", unreachable);
        MailDispatcher toADeadServer =
                new MailDispatcher(outbox, beans.getBeanProvider(JavaMailSender.class), properties, transaction, clock);
        mail.queue(OutgoingMail.text(ASKER, "Herinnering", "De oproep sluit binnenkort."));

        assertThat(toADeadServer.sendDue()).isZero();
        OutboxMail failed = outbox.findAll().getFirst();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.WACHTEND);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(dispatcher.sendDue()).as("not due before its pause is over").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        assertThat(server.receivedBy(ASKER.value())).hasSize(1);
        assertThat(outbox.findAll().getFirst().getAttempts()).isEqualTo(2);
    }

    @Test
    void forgettingAnAddressDeletesEveryMailToIt() {
        MailAddress other = MailAddress.parse("iemand@anders.be");
        mail.queue(OutgoingMail.text(ASKER, "Een", "1"));
        mail.queue(OutgoingMail.text(ASKER, "Twee", "2"));
        mail.queue(OutgoingMail.text(other, "Drie", "3"));

        assertThat(mail.forget(MailAddress.parse("Vraagsteller@Bakkerij.be"))).isEqualTo(2);

        assertThat(outbox.findAll()).extracting(OutboxMail::getRecipient).containsExactly(other.value());
    }

    @Test
    void sentMailsAreDeletedAfterTheKeepPeriodWaitingOnesNever() {
        mail.queue(OutgoingMail.text(ASKER, "Verzonden", "1"));
        dispatcher.sendDue();
        mail.queue(OutgoingMail.text(ASKER, "Wachtend", "2"));

        clock.advance(Duration.ofDays(properties.keepSent().getDays() + 1));
        assertThat(dispatcher.purgeSent()).isEqualTo(1);
        assertThat(outbox.findAll()).extracting(OutboxMail::getSubject).containsExactly("Wachtend");
    }

    private static String bodyText(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof MimeMultipart multipart) {
            StringBuilder text = new StringBuilder();
            collect(multipart, text);
            return text.toString();
        }
        return content.toString();
    }

    private static void collect(MimeMultipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            if (part instanceof MimeMultipart nested) {
                collect(nested, text);
            } else {
                text.append(part).append('\n');
            }
        }
    }
}
