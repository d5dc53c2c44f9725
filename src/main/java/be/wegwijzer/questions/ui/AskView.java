package be.wegwijzer.questions.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.questions.Question;
import be.wegwijzer.questions.QuestionProperties;
import be.wegwijzer.questions.QuestionRefused;
import be.wegwijzer.questions.QuestionService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /vraag}: "Stel je vraag". No account; an e-mail address only for an answer by mail. The search page, item
 * pages and audience pages link here with {@code thema}, {@code sector}, {@code regio} and {@code grootte} to fill in
 * what the visitor was looking at. Abuse protection (a hidden honeypot field, the fill time, a limit per address) is
 * in the service; its refusals are shown here in words.
 */
@Route(value = "vraag", layout = MainLayout.class)
@AnonymousAllowed
public class AskView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** A code with its label, for the pickers. */
    record Choice(String code, String label) {}

    private final QuestionService questions;
    private final Clock clock;
    private final TaxonomyService.Snapshot terms;

    final TextArea text = new TextArea();
    final ComboBox<Choice> theme = new ComboBox<>();
    final ComboBox<Choice> sector = new ComboBox<>();
    final ComboBox<Choice> region = new ComboBox<>();
    final ComboBox<Choice> size = new ComboBox<>();
    final EmailField email = new EmailField();
    final Checkbox consent = new Checkbox();
    final TextField honeypot = new TextField();
    final Button send = new Button();
    final Paragraph formError = new Paragraph();
    final Div form = new Div();
    final Section done = new Section();

    Instant openedAt;
    String clientAddress;

    AskView(QuestionService questions, TaxonomyService taxonomy, QuestionProperties properties, Clock clock) {
        this.questions = questions;
        this.clock = clock;
        this.terms = taxonomy.snapshot();
        addClassName("ask-page");

        text.setLabel(getTranslation("ask.text"));
        text.setHelperText(getTranslation("ask.text.help", Question.TEXT_MAX_LENGTH));
        text.setMaxLength(Question.TEXT_MAX_LENGTH);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setMinHeight("10em");

        theme.setLabel(getTranslation("ask.theme"));
        theme.setItems(terms.themes().stream()
                .map(t -> new Choice(t.code(), "  ".repeat(t.depth()) + t.label()))
                .toList());
        sector.setLabel(getTranslation("ask.sector"));
        sector.setItems(terms.sectors().stream()
                .map(t -> new Choice(t.code(), t.label()))
                .toList());
        region.setLabel(getTranslation("ask.region"));
        region.setItems(terms.regions().stream()
                .map(t -> new Choice(t.code(), t.label()))
                .toList());
        size.setLabel(getTranslation("ask.size"));
        size.setItems(Arrays.stream(CompanySize.values())
                .map(s -> new Choice(s.code(), s.label()))
                .toList());
        for (ComboBox<Choice> box : List.of(theme, sector, region, size)) {
            box.setItemLabelGenerator(c -> c.label().strip());
            box.setClearButtonVisible(true);
            box.setHelperText(getTranslation("ask.optional"));
        }

        email.setLabel(getTranslation("ask.email"));
        email.setHelperText(getTranslation("ask.email.help"));
        email.setWidthFull();
        consent.setLabel(getTranslation("ask.consent", months(properties)));

        // The honeypot: hidden from people and from assistive technology (display: none); robots fill in every field.
        honeypot.setLabel(getTranslation("ask.honeypot"));
        Div trap = new Div(honeypot);
        trap.getStyle().set("display", "none");

        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        send.setText(getTranslation("ask.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());

        Paragraph privacy = new Paragraph(getTranslation("ask.privacy"));
        privacy.addClassName("hint");
        form.addClassName("ask-form");
        form.add(
                text,
                theme,
                sector,
                region,
                size,
                new H2(getTranslation("ask.answer.title")),
                email,
                consent,
                trap,
                privacy,
                formError,
                send);
        done.setVisible(false);
        done.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("ask.title")), new Paragraph(getTranslation("ask.intro")), form, done);
    }

    private static long months(QuestionProperties properties) {
        return properties.emailRetention().toTotalMonths();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openedAt = clock.instant();
        VaadinRequest request = VaadinRequest.getCurrent();
        clientAddress = request == null ? null : request.getRemoteAddr();
        QueryParameters query = event.getLocation().getQueryParameters();
        Map<String, List<String>> parameters = query.getParameters();
        prefill(theme, first(parameters, "thema"));
        prefill(sector, first(parameters, "sector"));
        prefill(region, first(parameters, "regio"));
        prefill(size, first(parameters, "grootte"));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** Fills in a picker from the address; a code it does not offer is ignored. */
    private static void prefill(ComboBox<Choice> box, Optional<String> code) {
        code.flatMap(c -> box.getListDataView()
                        .getItems()
                        .filter(choice -> choice.code().equals(c))
                        .findFirst())
                .ifPresent(box::setValue);
    }

    void submit() {
        List<HasValidation> fields = List.of(text, theme, sector, region, size, email);
        fields.forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
        try {
            QuestionService.Receipt receipt = questions.ask(
                    new QuestionService.AskForm(
                            text.getValue(),
                            code(theme),
                            code(sector),
                            code(region),
                            code(size),
                            email.getValue(),
                            consent.getValue(),
                            honeypot.getValue()),
                    openedAt,
                    clientAddress);
            form.setVisible(false);
            done.removeAll();
            done.add(
                    new H2(getTranslation("ask.done.title")),
                    new Paragraph(getTranslation(receipt.answerByMail() ? "ask.done.mail" : "ask.done.nomail")));
            done.setVisible(true);
        } catch (QuestionRefused refused) {
            show(refused);
        }
    }

    private void show(QuestionRefused refused) {
        HasValidation field = switch (refused.field() == null ? "" : refused.field()) {
            case "text" -> text;
            case "theme" -> theme;
            case "sector" -> sector;
            case "region" -> region;
            case "companySize" -> size;
            case "email" -> email;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
        formError.setText(refused.getMessage());
        formError.setVisible(true);
    }

    private static String code(ComboBox<Choice> box) {
        return box.getValue() == null ? null : box.getValue().code();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ask.pagetitle");
    }
}
