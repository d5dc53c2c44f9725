package be.wegwijzer.audience;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Remembers which audience a visitor chose, in a first-party cookie: no account, no personal data, only the
 * audience code. The visitor's next visit opens with "their" page and searches ranked for them.
 */
public final class AudiencePreference {

    static final String COOKIE = "wegwijzer-doelgroep";
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,40}");
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private AudiencePreference() {}

    public static void remember(String code) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null && CODE.matcher(code).matches()) {
            Cookie cookie = new Cookie(COOKIE, code);
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    public static Optional<String> remembered() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c ->
                        COOKIE.equals(c.getName()) && CODE.matcher(c.getValue()).matches())
                .map(Cookie::getValue)
                .findFirst();
    }
}
