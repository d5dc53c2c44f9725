package be.wegwijzer.base.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's Dutch texts for answers made outside Vaadin (error pages, the first HTML of a page, feeds,
 * calendars): the same bundle as the views' {@code getTranslation}, formatted the same way.
 */
public final class DutchTexts {

    public static final Locale LOCALE = Locale.forLanguageTag("nl-BE");

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("vaadin-i18n.translations", LOCALE);

    private DutchTexts() {}

    public static String get(String key, Object... arguments) {
        String text = TEXTS.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, LOCALE).format(arguments);
    }
}
