package be.wegwijzer.questions.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.questions.AssignmentStatus;
import be.wegwijzer.questions.Question;
import be.wegwijzer.questions.QuestionRefused;
import be.wegwijzer.questions.QuestionService;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /beheer/vragen}: the question inbox. An intermediary sees the questions of their own organisation — open
 * ones first by due date, then answered and passed-on ones — and answers or passes them on; editors see every
 * question, the editors' queue included, and turn answered questions into FAQ entries.
 */
@Route(value = "beheer/vragen", layout = MainLayout.class)
@Menu(title = "admin.menu.questions", order = 66)
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.INTERMEDIARY})
public class InboxView extends Div implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final QuestionService questions;
    private final TaxonomyService taxonomy;
    private final Clock clock;
    private final boolean editor;
    final Div open = new Div();
    final Div closed = new Div();
    final Paragraph message = new Paragraph();

    InboxView(QuestionService questions, TaxonomyService taxonomy, CurrentUser currentUser, Clock clock) {
        this.questions = questions;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.editor = currentUser.isEditor();
        addClassName("inbox-page");
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("inbox.title")), new AdminMenu(), message);
        add(new H2(getTranslation("inbox.open")), open, new H2(getTranslation("inbox.closed")), closed);
        if (editor) {
            add(forgetSection());
        }
        refresh();
    }

    void refresh() {
        open.removeAll();
        closed.removeAll();
        List<QuestionService.InboxRow> rows = questions.inbox();
        Instant now = clock.instant();
        for (QuestionService.InboxRow row : rows) {
            (row.open() ? open : closed).add(card(row, now));
        }
        if (open.getComponentCount() == 0) {
            open.add(new Paragraph(getTranslation("inbox.open.none")));
        }
        if (closed.getComponentCount() == 0) {
            closed.add(new Paragraph(getTranslation("inbox.closed.none")));
        }
    }

    private Section card(QuestionService.InboxRow row, Instant now) {
        Section card = new Section();
        card.addClassName("question-card");
        card.getElement().setAttribute("data-question", String.valueOf(row.questionId()));
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        List<String> about = new ArrayList<>();
        if (row.theme() != null) {
            about.add(terms.theme(row.theme()).map(TaxonomyService.Term::label).orElse(row.theme()));
        }
        if (row.sector() != null) {
            about.add(terms.sectorLabel(row.sector()));
        }
        if (row.region() != null) {
            about.add(terms.regionLabel(row.region()));
        }
        if (row.companySize() != null) {
            about.add(row.companySize());
        }
        card.add(new H3(getTranslation("inbox.question.heading", date(row.askedAt()))));
        Paragraph text = new Paragraph(row.text());
        text.addClassName("question-text");
        card.add(text);
        card.add(new Paragraph(getTranslation(
                "inbox.question.meta",
                about.isEmpty() ? getTranslation("inbox.question.unclassified") : String.join(", ", about),
                row.organisationName() == null ? getTranslation("inbox.queue") : row.organisationName(),
                status(row, now))));
        if (row.note() != null) {
            card.add(new Paragraph(row.note()));
        }
        if (row.answer() != null && row.status() == AssignmentStatus.BEANTWOORD) {
            Paragraph answer = new Paragraph(getTranslation("inbox.answer.given", row.answer()));
            answer.addClassName("question-answer");
            card.add(answer);
        }
        if (row.open()) {
            card.add(answerForm(row), passOnForm(row));
        } else if (editor && row.status() == AssignmentStatus.BEANTWOORD) {
            card.add(faqForm(row));
        }
        return card;
    }

    private String status(QuestionService.InboxRow row, Instant now) {
        return switch (row.status()) {
            case OPEN ->
                getTranslation(row.overdue(now) ? "inbox.status.overdue" : "inbox.status.open", date(row.dueAt()));
            case BEANTWOORD -> getTranslation("inbox.status.answered");
            case DOORGEGEVEN -> getTranslation("inbox.status.passed");
            case AFGESLOTEN -> getTranslation("inbox.status.closed");
        };
    }

    private Div answerForm(QuestionService.InboxRow row) {
        TextArea answer = new TextArea(getTranslation("inbox.answer"));
        answer.setMaxLength(Question.ANSWER_MAX_LENGTH);
        answer.setWidthFull();
        answer.setHelperText(getTranslation(row.answerByMail() ? "inbox.answer.mail" : "inbox.answer.nomail"));
        Button send = new Button(
                getTranslation("inbox.answer.send"),
                e -> act(() -> questions.answer(row.assignmentId(), answer.getValue())));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(answer, send);
        form.addClassName("answer-form");
        return form;
    }

    private Div passOnForm(QuestionService.InboxRow row) {
        ComboBox<Map.Entry<String, String>> organisation = new ComboBox<>(getTranslation("inbox.passon.to"));
        organisation.setItems(List.copyOf(questions.organisations().entrySet()));
        organisation.setItemLabelGenerator(Map.Entry::getValue);
        TextField note = new TextField(getTranslation("inbox.passon.note"));
        Button pass = new Button(
                getTranslation("inbox.passon.send"),
                e -> act(() -> questions.passOn(
                        row.assignmentId(),
                        organisation.getValue() == null
                                ? null
                                : organisation.getValue().getKey(),
                        note.getValue())));
        Div form = new Div(organisation, note, pass);
        form.addClassName("passon-form");
        return form;
    }

    private Div faqForm(QuestionService.InboxRow row) {
        Div form = new Div();
        form.addClassName("faq-form");
        if (row.faqItemTitle() != null) {
            form.add(new Paragraph(getTranslation("inbox.faq.done", row.faqItemTitle(), row.publicText())));
            return form;
        }
        ComboBox<Map.Entry<Long, String>> item = new ComboBox<>(getTranslation("inbox.faq.item"));
        item.setItems(List.copyOf(questions.faqTargets().entrySet()));
        item.setItemLabelGenerator(Map.Entry::getValue);
        item.setWidthFull();
        TextField question = new TextField(getTranslation("inbox.faq.question"));
        question.setMaxLength(Question.PUBLIC_TEXT_MAX_LENGTH);
        question.setHelperText(getTranslation("inbox.faq.question.help"));
        question.setWidthFull();
        TextArea answer = new TextArea(getTranslation("inbox.faq.answer"));
        answer.setValue(row.answer() == null ? "" : row.answer());
        answer.setWidthFull();
        Button publish = new Button(getTranslation("inbox.faq.publish"), e -> {
            if (item.getValue() == null) {
                message.setText(getTranslation("inbox.faq.item.missing"));
                return;
            }
            act(() -> questions.publishFaq(
                    row.questionId(), item.getValue().getKey(), question.getValue(), answer.getValue()));
        });
        form.add(new H3(getTranslation("inbox.faq.title")), item, question, answer, publish);
        return form;
    }

    private Section forgetSection() {
        TextField address = new TextField(getTranslation("inbox.forget.address"));
        Button forget = new Button(getTranslation("inbox.forget.send"), e -> {
            try {
                int count = questions.forgetAddress(address.getValue());
                message.setText(getTranslation("inbox.forget.done", count));
                address.clear();
            } catch (QuestionRefused refused) {
                message.setText(refused.getMessage());
            }
        });
        Section section = new Section(
                new H2(getTranslation("inbox.forget.title")),
                new Paragraph(getTranslation("inbox.forget.intro")),
                address,
                forget);
        section.addClassName("forget-section");
        return section;
    }

    private void act(Runnable action) {
        try {
            action.run();
            message.setText(getTranslation("inbox.saved"));
            refresh();
        } catch (QuestionRefused refused) {
            message.setText(refused.getMessage());
        } catch (RuntimeException e) {
            message.setText(getTranslation("inbox.failed", e.getMessage()));
        }
    }

    private static String date(Instant at) {
        return DutchFormat.date(at.atZone(ZONE).toLocalDate());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.pagetitle");
    }
}
