package be.wegwijzer.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/**
 * An e-mail address that a person typed, checked before anything is stored: one plain address (no name, no list),
 * with a domain that has a dot, at most {@value #MAX_LENGTH} characters. Stored in lower case so that "forget me"
 * and "one subscription per address" find every row of a person.
 */
public record MailAddress(String value) {

    /** The longest address SMTP allows (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    public MailAddress {
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws InvalidMailAddressException with a Dutch message that says what is wrong and how to fix it
     */
    public static MailAddress parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidMailAddressException("Vul je e-mailadres in, bijvoorbeeld naam@bedrijf.be.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidMailAddressException("Dit e-mailadres is te lang (meer dan " + MAX_LENGTH
                    + " tekens). Controleer of je er maar één invulde.");
        }
        if (text.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',' || c == ';' || c == '<')) {
            throw new InvalidMailAddressException(
                    "Vul één e-mailadres in, zonder spaties, naam of tweede adres (bijvoorbeeld naam@bedrijf.be).");
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new InvalidMailAddressException(
                    "Een e-mailadres heeft de vorm naam@domein.be: er ontbreekt een deel voor of na de @.");
        }
        String domain = text.substring(at + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            throw new InvalidMailAddressException("Het deel na de @ ('" + domain
                    + "') is geen geldig domein. Controleer op een tikfout, bijvoorbeeld bedrijf.be.");
        }
        try {
            new InternetAddress(text, true).validate();
        } catch (AddressException e) {
            throw new InvalidMailAddressException(
                    "Dit is geen geldig e-mailadres. Controleer op tikfouten, bijvoorbeeld naam@bedrijf.be.");
        }
        return new MailAddress(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
