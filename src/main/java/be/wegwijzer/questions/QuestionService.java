package be.wegwijzer.questions;

import be.wegwijzer.base.PlainText;
import be.wegwijzer.base.PublicUrl;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.mail.InvalidMailAddressException;
import be.wegwijzer.mail.MailAddress;
import be.wegwijzer.mail.MailService;
import be.wegwijzer.mail.OutgoingMail;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.OrganisationMembers;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions from the field: a visitor asks ({@link #ask}), the routing rules send the question to one organisation
 * (or the editors' queue), its intermediaries answer or pass it on, the asker gets the answer by mail, and an editor
 * can turn question and answer into a FAQ entry. Intermediaries only ever see their own organisation's questions;
 * the asker's address is never shown to them and is purged after the retention. Nothing personal is logged.
 */
@Service
@Transactional
public class QuestionService {

    private static final Logger log = LoggerFactory.getLogger(QuestionService.class);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** What the visitor filled in; codes may be blank. */
    public record AskForm(
            String text,
            String theme,
            String sector,
            String region,
            String companySize,
            String email,
            boolean consent,
            String honeypot) {}

    /** The question as sent: whether an answer will be mailed. */
    public record Receipt(long id, boolean answerByMail) {}

    /** A question in an inbox. The asker's address is not part of it; only whether an answer by mail is wanted. */
    public record InboxRow(
            long assignmentId,
            long questionId,
            Instant askedAt,
            String text,
            String theme,
            String sector,
            String region,
            String companySize,
            AssignmentStatus status,
            Instant dueAt,
            String organisationSlug,
            String organisationName,
            String answer,
            boolean answerByMail,
            String publicText,
            String faqItemTitle,
            String note) {

        public boolean open() {
            return status == AssignmentStatus.OPEN;
        }

        public boolean overdue(Instant now) {
            return open() && dueAt.isBefore(now);
        }
    }

    private final QuestionRepository questions;
    private final QuestionAssignmentRepository assignments;
    private final RoutingRuleRepository rules;
    private final AskGuard guard;
    private final TaxonomyService taxonomy;
    private final CatalogService catalog;
    private final EditorService editor;
    private final MailService mail;
    private final OrganisationMembers members;
    private final CurrentUser currentUser;
    private final PublicUrl publicUrl;
    private final QuestionProperties properties;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    QuestionService(
            QuestionRepository questions,
            QuestionAssignmentRepository assignments,
            RoutingRuleRepository rules,
            AskGuard guard,
            TaxonomyService taxonomy,
            CatalogService catalog,
            EditorService editor,
            MailService mail,
            OrganisationMembers members,
            CurrentUser currentUser,
            PublicUrl publicUrl,
            QuestionProperties properties,
            Clock clock) {
        this.questions = questions;
        this.assignments = assignments;
        this.rules = rules;
        this.guard = guard;
        this.taxonomy = taxonomy;
        this.catalog = catalog;
        this.editor = editor;
        this.mail = mail;
        this.members = members;
        this.currentUser = currentUser;
        this.publicUrl = publicUrl;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- asking ---------------------------------------------------------------------------------------------

    /**
     * Stores a visitor's question and sends it to the organisation that can answer it, or to the editors' queue.
     *
     * @param openedAt      when the form was shown, for the minimum fill time
     * @param clientAddress the visitor's network address, only for the rate limit (kept in memory, never stored)
     * @throws QuestionRefused with a Dutch message when the form is incomplete or the abuse protection refuses it
     */
    public Receipt ask(AskForm form, Instant openedAt, String clientAddress) {
        String text = form.text() == null ? "" : form.text().strip();
        if (text.length() < Question.TEXT_MIN_LENGTH) {
            throw new QuestionRefused(
                    "text",
                    "Schrijf je vraag in minstens " + Question.TEXT_MIN_LENGTH
                            + " tekens, zodat wie antwoordt begrijpt wat je zoekt.");
        }
        if (text.length() > Question.TEXT_MAX_LENGTH) {
            throw new QuestionRefused(
                    "text",
                    "Je vraag is " + text.length() + " tekens lang; het maximum is " + Question.TEXT_MAX_LENGTH
                            + ". Maak ze korter; details kan je later in je antwoord per mail geven.");
        }
        PlainText.text(text).ifPresent(p -> {
            throw new QuestionRefused("text", p.message() + " " + p.hint());
        });
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        String theme = code("theme", form.theme(), c -> terms.theme(c).isPresent(), "thema");
        String sector = code("sector", form.sector(), c -> terms.sector(c).isPresent(), "sector");
        String region = code("region", form.region(), c -> terms.region(c).isPresent(), "regio");
        String size = code(
                "companySize",
                form.companySize(),
                c -> Arrays.stream(CompanySize.values()).anyMatch(s -> s.code().equals(c)),
                "bedrijfsgrootte");
        String email = null;
        if (form.email() != null && !form.email().isBlank()) {
            try {
                email = MailAddress.parse(form.email()).value();
            } catch (InvalidMailAddressException e) {
                throw new QuestionRefused("email", e.getMessage());
            }
            if (!form.consent()) {
                throw new QuestionRefused(
                        "consent",
                        "Vink aan dat we je e-mailadres mogen bewaren om je het antwoord te sturen, "
                                + "of laat het e-mailadres leeg.");
            }
        }
        guard.check(form.honeypot(), openedAt, clientAddress);

        Instant now = clock.instant();
        Question question = new Question(now, MONTH.format(now.atZone(clock.getZone())), text);
        question.classify(theme, sector, region, size);
        question.setEmail(email);
        questions.save(question);
        route(question, now);
        log.info("Question {} received", question.getId()); // nothing of the content or the asker
        return new Receipt(question.getId(), email != null);
    }

    private interface Known {
        boolean test(String code);
    }

    private static String code(String field, String value, Known known, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!known.test(code)) {
            throw new QuestionRefused(
                    field, "De " + what + " '" + code + "' kennen we niet. Kies er een uit de lijst.");
        }
        return code;
    }

    /** Sends a new question to the first organisation in the neutral order, or to the editors' queue. */
    private void route(Question question, Instant now) {
        List<Long> candidates = candidates(question);
        Item organisation = candidates.isEmpty() ? null : entityManager.getReference(Item.class, candidates.getFirst());
        assign(question, organisation, now);
    }

    /** The organisations that can answer this question, in the neutral order. */
    List<Long> candidates(Question question) {
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        Set<String> themeChain = new LinkedHashSet<>();
        String current = question.getTheme();
        while (current != null && themeChain.add(current)) {
            current = terms.theme(current).map(TaxonomyService.Term::parentCode).orElse(null);
        }
        Set<String> regionChain =
                question.getRegion() == null ? Set.of() : terms.regionAndAncestors(question.getRegion());
        List<Routing.Rule> all = rules.findAll().stream()
                .map(r -> new Routing.Rule(r.getOrganisation().getId(), r.getTheme(), r.getSector(), r.getRegion()))
                .toList();
        Routing.Criteria criteria = new Routing.Criteria(themeChain, question.getSector(), regionChain);
        Set<Long> ids = new LinkedHashSet<>();
        all.stream().filter(r -> Routing.matches(r, criteria)).forEach(r -> ids.add(r.organisationId()));
        Map<Long, Instant> last = new HashMap<>();
        if (!ids.isEmpty()) {
            assignments.lastAssigned(ids).forEach(row -> last.put((Long) row[0], (Instant) row[1]));
        }
        return Routing.candidates(all, criteria, last, question.getId());
    }

    private void assign(Question question, Item organisation, Instant now) {
        QuestionAssignment assignment =
                new QuestionAssignment(question, organisation, now, now.plus(properties.answerWithin()));
        assignments.save(assignment);
        if (organisation != null) {
            String subject = "Nieuwe vraag voor " + organisation.getTitle() + " via Wegwijzer Werkbaar Werk";
            String body = "Dag,\n\nEr kwam een nieuwe vraag binnen voor " + organisation.getTitle()
                    + ". Graag een antwoord vóór "
                    + DateTimeFormatter.ofPattern("d/M/yyyy")
                            .format(assignment.getDueAt().atZone(clock.getZone()))
                    + ".\n\nJe leest en beantwoordt ze in je inbox: " + publicUrl.of("/beheer/vragen")
                    + "\n\nKan een andere organisatie beter antwoorden? Geef de vraag daar door.\n\n"
                    + "Wegwijzer Werkbaar Werk";
            for (String address : members.addresses(organisation.getId(), Role.BEMIDDELAAR)) {
                mail.queue(OutgoingMail.text(MailAddress.parse(address), subject, body)
                        .withDedupKey("vraag-" + assignment.getId() + "-" + address));
            }
        }
    }

    // ---- the inbox ------------------------------------------------------------------------------------------

    /** Editors see every question (the queue first); an intermediary only those of their own organisation. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.INTERMEDIARY})
    public List<InboxRow> inbox() {
        List<QuestionAssignment> rows;
        if (currentUser.isEditor()) {
            rows = assignments.all();
        } else {
            rows = members.currentOrganisationId().map(assignments::inboxOf).orElse(List.of());
        }
        return rows.stream().map(this::row).toList();
    }

    /** Answers a question from the inbox; the asker gets the answer by mail when they left an address. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.INTERMEDIARY})
    public InboxRow answer(long assignmentId, String answer) {
        QuestionAssignment assignment = openAssignment(assignmentId);
        String text = answer == null ? "" : answer.strip();
        if (text.length() < 10) {
            throw new QuestionRefused("answer", "Schrijf een antwoord van minstens 10 tekens.");
        }
        if (text.length() > Question.ANSWER_MAX_LENGTH) {
            throw new QuestionRefused(
                    "answer", "Je antwoord is te lang: maximaal " + Question.ANSWER_MAX_LENGTH + " tekens.");
        }
        Instant now = clock.instant();
        Question question = assignment.getQuestion();
        Item by = assignment.getOrganisation();
        question.answer(text, by, now);
        assignment.close(AssignmentStatus.BEANTWOORD, now, null);
        for (QuestionAssignment other : assignments.findByQuestionAndStatus(question, AssignmentStatus.OPEN)) {
            if (!other.getId().equals(assignment.getId())) {
                other.close(AssignmentStatus.AFGESLOTEN, now, null);
            }
        }
        if (question.getEmail() != null) {
            String from = by == null ? "de redactie van Wegwijzer Werkbaar Werk" : by.getTitle();
            String body = "Dag,\n\nJe stelde ons deze vraag:\n\n" + question.getText() + "\n\nHet antwoord van " + from
                    + ":\n\n" + text + "\n\nWe bewaren je e-mailadres nog tot "
                    + DateTimeFormatter.ofPattern("d/M/yyyy")
                            .format(ZonedDateTime.ofInstant(now, clock.getZone())
                                    .plus(properties.emailRetention()))
                    + " en wissen het dan. Meer vragen? Stel ze op " + publicUrl.of("/vraag")
                    + "\n\nWegwijzer Werkbaar Werk";
            mail.queue(OutgoingMail.text(
                            MailAddress.parse(question.getEmail()),
                            "Antwoord op je vraag aan Wegwijzer Werkbaar Werk",
                            body)
                    .withDedupKey("antwoord-" + question.getId()));
        }
        return row(assignment);
    }

    /** Passes a question on to another organisation, with a note for them; it leaves this inbox as passed on. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.INTERMEDIARY})
    public InboxRow passOn(long assignmentId, String organisationSlug, String note) {
        QuestionAssignment assignment = openAssignment(assignmentId);
        Item target = catalog.organisation(organisationSlug == null ? "" : organisationSlug)
                .orElseThrow(() ->
                        new QuestionRefused("organisation", "Kies de organisatie waaraan je de vraag doorgeeft."));
        if (assignment.getOrganisation() != null
                && assignment.getOrganisation().getId().equals(target.getId())) {
            throw new QuestionRefused(
                    "organisation", "De vraag ligt al bij " + target.getTitle() + ". Kies een andere organisatie.");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > QuestionAssignment.NOTE_MAX_LENGTH) {
            throw new QuestionRefused(
                    "note", "Je notitie is te lang: maximaal " + QuestionAssignment.NOTE_MAX_LENGTH + " tekens.");
        }
        Instant now = clock.instant();
        assignment.close(
                AssignmentStatus.DOORGEGEVEN,
                now,
                "Doorgegeven aan " + target.getTitle() + (cleanNote == null ? "" : ": " + cleanNote));
        assign(assignment.getQuestion(), target, now);
        return row(assignment);
    }

    /** The organisations a question can be passed on to, slug → name. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.INTERMEDIARY})
    public Map<String, String> organisations() {
        return catalog.organisationTitles();
    }

    private QuestionAssignment openAssignment(long id) {
        QuestionAssignment assignment = assignments
                .findById(id)
                .filter(this::visible)
                .orElseThrow(() -> new QuestionRefused(null, "Deze vraag staat niet (meer) in je inbox."));
        if (assignment.getStatus() != AssignmentStatus.OPEN) {
            throw new QuestionRefused(null, "Deze vraag is al beantwoord of doorgegeven.");
        }
        return assignment;
    }

    /** Whether the current user may see this assignment: editors all, intermediaries their organisation's. */
    private boolean visible(QuestionAssignment assignment) {
        if (currentUser.isEditor()) {
            return true;
        }
        Optional<Long> own = members.currentOrganisationId();
        return own.isPresent()
                && assignment.getOrganisation() != null
                && own.get().equals(assignment.getOrganisation().getId());
    }

    private InboxRow row(QuestionAssignment a) {
        Question q = a.getQuestion();
        Item organisation = a.getOrganisation();
        return new InboxRow(
                a.getId(),
                q.getId(),
                q.getAskedAt(),
                q.getText(),
                q.getTheme(),
                q.getSector(),
                q.getRegion(),
                q.getCompanySize(),
                a.getStatus(),
                a.getDueAt(),
                organisation == null ? null : organisation.getSlug(),
                organisation == null ? null : organisation.getTitle(),
                q.getAnswer(),
                q.getEmail() != null,
                q.getPublicText(),
                q.getFaqItem() == null ? null : q.getFaqItem().getTitle(),
                a.getNote());
    }

    // ---- editors: from answers to content -------------------------------------------------------------------

    /**
     * Approves an anonymised version of an answered question: the FAQ entry's question, and the only text of it that
     * may ever appear in public. Then adds question and answer to the FAQ of a measure or tool through the editor's
     * service, so history and the search index follow.
     */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public void publishFaq(long questionId, long itemId, String anonymisedQuestion, String anonymisedAnswer) {
        Question question = questions
                .findById(questionId)
                .orElseThrow(() -> new QuestionRefused(null, "Deze vraag bestaat niet (meer)."));
        if (question.getStatus() != QuestionStatus.BEANTWOORD) {
            throw new QuestionRefused(null, "Een vraag wordt pas een FAQ-item als ze beantwoord is.");
        }
        String publicText = anonymisedQuestion == null ? "" : anonymisedQuestion.strip();
        if (publicText.length() < Question.TEXT_MIN_LENGTH || publicText.length() > Question.PUBLIC_TEXT_MAX_LENGTH) {
            throw new QuestionRefused(
                    "publicText",
                    "Schrijf de vraag zonder namen of andere persoonsgegevens in " + Question.TEXT_MIN_LENGTH + " tot "
                            + Question.PUBLIC_TEXT_MAX_LENGTH + " tekens.");
        }
        try {
            editor.addFaqEntry(
                    itemId, publicText, anonymisedAnswer, "Veelgestelde vraag uit een vraag van een bezoeker");
        } catch (EditorException.Invalid invalid) {
            throw new QuestionRefused(
                    "faq",
                    invalid.problems().stream()
                            .map(p -> p.message() + (p.hint() == null ? "" : " " + p.hint()))
                            .collect(Collectors.joining(" ")));
        } catch (EditorException.NotAllowed | EditorException.Conflict refused) {
            throw new QuestionRefused("faq", refused.getMessage());
        }
        question.setPublicText(publicText);
        question.setFaqItem(entityManager.getReference(Item.class, itemId));
    }

    /** The published measures and tools a FAQ entry can go on, id → title. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public Map<Long, String> faqTargets() {
        Map<Long, String> targets = new LinkedHashMap<>();
        for (ItemType type : List.of(ItemType.MAATREGEL, ItemType.TOOL)) {
            catalog.published(type).forEach(i -> targets.put(i.getId(), i.getTitle() + " (" + type.label() + ")"));
        }
        return targets;
    }

    // ---- signals --------------------------------------------------------------------------------------------

    /** A number of questions in a month with one value of one dimension (code null: not given). */
    public record MonthCount(String month, String code, long count) {}

    /** The dimensions questions are counted by. */
    public enum Dimension {
        THEMA,
        SECTOR,
        REGIO,
        GROOTTE
    }

    /** Questions per month and value of a dimension, from a month (yyyy-MM) on: counts only, nothing personal. */
    @Transactional(readOnly = true)
    public List<MonthCount> monthlyCounts(Dimension dimension, String fromMonth) {
        List<Object[]> rows = switch (dimension) {
            case THEMA -> questions.countByTheme(fromMonth);
            case SECTOR -> questions.countBySector(fromMonth);
            case REGIO -> questions.countByRegion(fromMonth);
            case GROOTTE -> questions.countBySize(fromMonth);
        };
        return rows.stream()
                .map(r -> new MonthCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /** The anonymised question texts editors approved, newest first: the only question texts shown in public. */
    @Transactional(readOnly = true)
    public List<String> approvedTexts() {
        return questions.findByPublicTextIsNotNullOrderByAskedAtDesc().stream()
                .map(Question::getPublicText)
                .toList();
    }

    // ---- privacy --------------------------------------------------------------------------------------------

    /** Deletes an address from every question and from the outbox, at the asker's request; returns how many. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public int forgetAddress(String address) {
        MailAddress parsed;
        try {
            parsed = MailAddress.parse(address);
        } catch (InvalidMailAddressException e) {
            throw new QuestionRefused("email", e.getMessage());
        }
        Instant now = clock.instant();
        List<Question> found = questions.findByEmail(parsed.value());
        found.forEach(q -> q.forgetEmail(now));
        mail.forget(parsed);
        return found.size();
    }

    /** Deletes the addresses kept longer than the retention after the answer (or after asking, when unanswered). */
    @Scheduled(cron = "0 30 4 * * *", zone = "Europe/Brussels")
    public int purgeExpiredAddresses() {
        Instant now = clock.instant();
        Instant cutoff = ZonedDateTime.ofInstant(now, clock.getZone())
                .minus(properties.emailRetention())
                .toInstant();
        List<Question> expired = questions.withEmailExpiredBefore(cutoff);
        expired.forEach(q -> q.forgetEmail(now));
        if (!expired.isEmpty()) {
            log.info("Questions: deleted {} e-mail addresses kept since before {}", expired.size(), cutoff);
        }
        return expired.size();
    }
}
