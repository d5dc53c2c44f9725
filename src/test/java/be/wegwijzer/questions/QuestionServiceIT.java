package be.wegwijzer.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.TestClock;
import be.wegwijzer.TestMailServer;
import be.wegwijzer.mail.MailDispatcher;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Asking, routing, answering and passing on, with the roles, the mails and the privacy rules, on the real database. */
@IntegrationTest
class QuestionServiceIT {

    static final String ASKER = "vraagsteller@brouwerij-test.be";

    @Autowired
    QuestionService questions;

    @Autowired
    QuestionRepository stored;

    @Autowired
    AskGuard guard;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestMailServer server;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        accounts.create();
        accounts.logout();
        jdbc.update("delete from question");
        jdbc.update("delete from mail_outbox");
        server.clear();
        guard.reset();
    }

    @AfterEach
    void reset() {
        clean();
        clock.reset();
    }

    static QuestionService.AskForm form(String text, String theme, String sector) {
        return new QuestionService.AskForm(text, theme, sector, null, null, null, false, null);
    }

    static QuestionService.AskForm withEmail(QuestionService.AskForm f, String email, boolean consent) {
        return new QuestionService.AskForm(
                f.text(), f.theme(), f.sector(), f.region(), f.companySize(), email, consent, f.honeypot());
    }

    int client;

    /** Asks from a new client address each time; the abuse test asks from one address itself. */
    long ask(QuestionService.AskForm form) {
        return ask(form, "203.0.113." + (++client % 250));
    }

    long ask(QuestionService.AskForm form, String address) {
        Instant opened = clock.instant().minusSeconds(30);
        clock.advance(Duration.ofMinutes(1)); // every question a moment later: the neutral order looks at the time
        return questions.ask(form, opened, address).id();
    }

    List<QuestionService.InboxRow> inboxOf(String account) {
        accounts.loginAs(account);
        try {
            return questions.inbox();
        } finally {
            accounts.logout();
        }
    }

    @Test
    void aQuestionFromTheSectorGoesToItsFundWhoseIntermediariesAreToldByMail() throws Exception {
        long id = ask(withEmail(
                form("Hoe plannen we de ploegen in de brouwerij met minder piekdrukte?", null, "voeding"),
                ASKER,
                true));

        List<QuestionService.InboxRow> inbox = inboxOf(TestAccounts.INTERMEDIARY);
        assertThat(inbox).extracting(QuestionService.InboxRow::questionId).containsExactly(id);
        assertThat(inbox.getFirst().organisationSlug()).isEqualTo(TestAccounts.INTERMEDIARY_ORGANISATION);
        assertThat(inbox.getFirst().dueAt()).isAfter(inbox.getFirst().askedAt());
        assertThat(inbox.getFirst().answerByMail()).isTrue();

        assertThat(dispatcher.sendDue()).isEqualTo(1);
        List<MimeMessage> told = server.receivedBy(TestAccounts.INTERMEDIARY);
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().getSubject()).contains("Nieuwe vraag", "Sectorfonds Voeding");
        assertThat(told.getFirst().getContent().toString())
                .contains("/beheer/vragen")
                .doesNotContain(ASKER);
        assertThat(server.receivedBy(TestAccounts.OTHER_INTERMEDIARY)).isEmpty();
    }

    @Test
    void anIntermediarySeesAndHandlesOnlyItsOwnOrganisationsQuestions() {
        long forFund = ask(form("Welke opleiding rond werkdruk bestaat er voor bakkers?", null, "voeding"));
        long forCentre = ask(form("Hoe meet ik werkstress in een klein team van vijf mensen?", "werkstress", null));

        assertThat(inboxOf(TestAccounts.INTERMEDIARY))
                .extracting(QuestionService.InboxRow::questionId)
                .containsExactly(forFund);
        assertThat(inboxOf(TestAccounts.OTHER_INTERMEDIARY))
                .extracting(QuestionService.InboxRow::questionId)
                .containsExactly(forCentre);
        assertThat(inboxOf(TestAccounts.EDITOR))
                .extracting(QuestionService.InboxRow::questionId)
                .containsExactlyInAnyOrder(forFund, forCentre);

        long centreAssignment =
                inboxOf(TestAccounts.OTHER_INTERMEDIARY).getFirst().assignmentId();
        accounts.loginAs(TestAccounts.INTERMEDIARY);
        assertThatThrownBy(() -> questions.answer(centreAssignment, "Een antwoord van de verkeerde organisatie."))
                .isInstanceOf(QuestionRefused.class)
                .hasMessageContaining("niet (meer) in je inbox");
        assertThatThrownBy(() -> questions.passOn(centreAssignment, "sectorfonds-voeding", null))
                .isInstanceOf(QuestionRefused.class);
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        assertThatThrownBy(() -> questions.inbox()).isInstanceOf(AccessDeniedException.class);
        accounts.logout();
        assertThatThrownBy(() -> questions.inbox())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThat(stored.findById(forCentre).orElseThrow().getStatus()).isEqualTo(QuestionStatus.OPEN);
    }

    @Test
    void theAnswerWaitsInTheOutboxAndReachesTheAskerByMail() throws Exception {
        long id =
                ask(withEmail(form("Mogen we de pauzes in de brouwerij samen leggen?", null, "voeding"), ASKER, true));
        dispatcher.sendDue();
        server.clear();
        long assignment = inboxOf(TestAccounts.INTERMEDIARY).getFirst().assignmentId();

        accounts.loginAs(TestAccounts.INTERMEDIARY);
        questions.answer(assignment, "Ja, als het arbeidsreglement dat toelaat; bespreek het met het team.");
        accounts.logout();

        // until the dispatcher runs, the answer waits in the outbox (as it does without a mail server)
        assertThat(server.receivedBy(ASKER)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient = ? and status = 'WACHTEND'",
                        Long.class,
                        ASKER))
                .isEqualTo(1);

        dispatcher.sendDue();
        List<MimeMessage> arrived = server.receivedBy(ASKER);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.getFirst().getContent().toString())
                .contains("arbeidsreglement", "Sectorfonds Voeding", "wissen het dan");
        Question question = stored.findById(id).orElseThrow();
        assertThat(question.getStatus()).isEqualTo(QuestionStatus.BEANTWOORD);
        assertThat(inboxOf(TestAccounts.INTERMEDIARY).getFirst().status()).isEqualTo(AssignmentStatus.BEANTWOORD);
    }

    @Test
    void aQuestionPassedOnMovesToTheOtherOrganisationsInbox() throws Exception {
        ask(form("Wie helpt ons met een enquête over werkbaarheid in de bakkerij?", null, "voeding"));
        long assignment = inboxOf(TestAccounts.INTERMEDIARY).getFirst().assignmentId();
        dispatcher.sendDue();
        server.clear();

        accounts.loginAs(TestAccounts.INTERMEDIARY);
        assertThatThrownBy(() -> questions.passOn(assignment, "sectorfonds-voeding", null))
                .isInstanceOf(QuestionRefused.class)
                .hasMessageContaining("ligt al bij");
        questions.passOn(assignment, "kenniscentrum-werk", "Zij hebben een vragenlijst.");
        accounts.logout();

        QuestionService.InboxRow passed = inboxOf(TestAccounts.INTERMEDIARY).getFirst();
        assertThat(passed.status()).isEqualTo(AssignmentStatus.DOORGEGEVEN);
        assertThat(passed.note()).contains("Kenniscentrum Werkbaar Werk", "vragenlijst");
        QuestionService.InboxRow received =
                inboxOf(TestAccounts.OTHER_INTERMEDIARY).getFirst();
        assertThat(received.status()).isEqualTo(AssignmentStatus.OPEN);
        dispatcher.sendDue();
        assertThat(server.receivedBy(TestAccounts.OTHER_INTERMEDIARY)).hasSize(1);
    }

    @Test
    void aQuestionNoRuleMatchesWaitsInTheEditorsQueue() {
        long id = ask(form("Waar vind ik cijfers over telewerk in de bouw?", "telewerk", "bouw"));

        QuestionService.InboxRow row = inboxOf(TestAccounts.EDITOR).stream()
                .filter(r -> r.questionId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.organisationSlug()).isNull();
        assertThat(inboxOf(TestAccounts.INTERMEDIARY)).isEmpty();
        assertThat(inboxOf(TestAccounts.OTHER_INTERMEDIARY)).isEmpty();

        accounts.loginAs(TestAccounts.EDITOR);
        questions.passOn(row.assignmentId(), "kenniscentrum-werk", null);
        accounts.logout();
        assertThat(inboxOf(TestAccounts.OTHER_INTERMEDIARY))
                .extracting(QuestionService.InboxRow::questionId)
                .containsExactly(id);
    }

    @Test
    void questionsBothCanAnswerRotateOverTheOrganisations() {
        for (int i = 0; i < 6; i++) {
            ask(form("Werkdruk in de voeding, vraag nummer " + i + " over planning.", "werkdruk", "voeding"));
        }
        Map<String, Long> perOrganisation = inboxOf(TestAccounts.EDITOR).stream()
                .collect(Collectors.groupingBy(QuestionService.InboxRow::organisationSlug, Collectors.counting()));
        assertThat(perOrganisation).containsEntry("sectorfonds-voeding", 3L).containsEntry("kenniscentrum-werk", 3L);
    }

    @Test
    void anIncompleteQuestionIsRefusedWithAMessageForItsFieldAndNothingIsStored() {
        Function<QuestionService.AskForm, QuestionRefused> refused = f -> {
            try {
                ask(f);
            } catch (QuestionRefused e) {
                return e;
            }
            throw new AssertionError("not refused: " + f);
        };
        assertThat(refused.apply(form("Help?", null, null)).field()).isEqualTo("text");
        assertThat(refused.apply(form("Hoe pak ik werkdruk aan?", "bestaat-niet", null))
                        .getMessage())
                .contains("'bestaat-niet'", "Kies er een uit de lijst");
        assertThat(refused.apply(withEmail(form("Hoe pak ik werkdruk aan?", null, null), "geen-adres", true))
                        .field())
                .isEqualTo("email");
        assertThat(refused.apply(withEmail(form("Hoe pak ik werkdruk aan?", null, null), ASKER, false))
                        .getMessage())
                .contains("Vink aan");
        assertThat(stored.count()).isZero();
    }

    @Test
    void robotsAndFloodsAreRefusedWithADutchMessage() {
        QuestionService.AskForm ok = form("Hoe pak ik werkdruk aan in mijn bakkerij?", null, null);
        QuestionService.AskForm robot =
                new QuestionService.AskForm(ok.text(), null, null, null, null, null, false, "http://spam.example");
        assertThatThrownBy(() -> ask(robot, "203.0.113.7")).hasMessageContaining("verborgen");
        assertThatThrownBy(() -> questions.ask(ok, clock.instant().minusSeconds(1), "203.0.113.7"))
                .hasMessageContaining("sneller verstuurd");
        for (int i = 0; i < 5; i++) {
            ask(ok, "203.0.113.7");
        }
        assertThatThrownBy(() -> ask(ok, "203.0.113.7")).hasMessageContaining("het afgelopen uur al 5 vragen");
        assertThat(questions.ask(ok, clock.instant().minusSeconds(30), "198.51.100.9"))
                .as("another address is not limited")
                .isNotNull();
        clock.advance(Duration.ofMinutes(61));
        assertThat(ask(ok, "203.0.113.7")).isPositive();
        assertThat(stored.count()).isEqualTo(7);
    }

    @Test
    void theAddressIsPurgedAfterTheRetentionOrOnRequest() {
        long answered = ask(withEmail(form("Mag ik thuiswerk weigeren in de voeding?", null, "voeding"), ASKER, true));
        long other = ask(withEmail(form("Wie helpt met een werkpostanalyse?", null, null), "ander@test.be", true));
        long assignment = inboxOf(TestAccounts.INTERMEDIARY).getFirst().assignmentId();
        accounts.loginAs(TestAccounts.INTERMEDIARY);
        questions.answer(assignment, "Dat hangt af van je contract.");
        accounts.logout();

        assertThat(questions.purgeExpiredAddresses()).isZero();
        clock.advance(Duration.ofDays(190));
        assertThat(questions.purgeExpiredAddresses()).isEqualTo(2);
        assertThat(stored.findById(answered).orElseThrow().getEmail()).isNull();
        assertThat(stored.findById(answered).orElseThrow().getEmailPurgedAt()).isNotNull();
        assertThat(stored.findById(other).orElseThrow().getEmail()).isNull();

        long requested = ask(withEmail(form("Nog een vraag over werkdruk en planning.", null, null), ASKER, true));
        accounts.loginAs(TestAccounts.EDITOR);
        assertThat(questions.forgetAddress(" Vraagsteller@Brouwerij-Test.be ")).isEqualTo(1);
        accounts.logout();
        assertThat(stored.findById(requested).orElseThrow().getEmail()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, ASKER))
                .isZero();
    }
}
