package be.wegwijzer.api;

import be.wegwijzer.finder.RuleOutcome;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's Dutch texts for answers outside Vaadin: the Steunzoeker's reasons read in the API exactly as on
 * {@code /steunzoeker}, from the same translation file.
 */
final class ApiTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("vaadin-i18n.translations", DUTCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private ApiTexts() {}

    /** "Jouw 8 werknemers vallen binnen 1 tot en met 249.", with dates as people read them. */
    static String reason(RuleOutcome outcome) {
        Object[] arguments =
                outcome.arguments().stream().map(ApiTexts::argument).toArray();
        return new MessageFormat(TEXTS.getString(outcome.messageKey()), DUTCH).format(arguments);
    }

    private static String argument(String value) {
        try {
            return DATE.format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
