package be.wegwijzer.alerts;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads alert mails as they arrived in the test SMTP server: the plain-text part, links, listed items. */
final class AlertMailbox {

    private AlertMailbox() {}

    static String text(MimeMessage message) {
        try {
            String text = part(message, "text/plain");
            if (text == null) {
                throw new AssertionError("no text part in " + message.getSubject());
            }
            return text.replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(MimeMessage message) {
        try {
            return part(message, "text/html");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The token at the end of the first link to {@code /path/…} in the text. */
    static String token(MimeMessage message, String path) {
        Matcher m =
                Pattern.compile("/" + Pattern.quote(path) + "/([A-Za-z0-9_-]+)").matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + text(message));
        }
        return m.group(1);
    }

    /** The titles a digest lists ("- Title" lines), in order. */
    static List<String> listedTitles(MimeMessage message) {
        return text(message)
                .lines()
                .filter(line -> line.startsWith("- "))
                .map(line -> line.substring(2))
                .toList();
    }
}
