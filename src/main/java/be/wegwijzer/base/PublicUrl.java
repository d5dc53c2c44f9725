package be.wegwijzer.base;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public address, for absolute links that leave the site: canonical links, link previews, the sitemap,
 * feeds, calendars and mails. {@code wegwijzer.public-url} fixes it (a search engine should see one address even when
 * the portal is reached under several, and a mail has no request to take the host from). Empty — the embedded
 * default — a page follows its request (with the proxy's forwarded scheme and host) and a mail links to this machine's
 * own port.
 */
@Component
public class PublicUrl {

    private final String configured;
    private final Environment environment;

    PublicUrl(@Value("${wegwijzer.public-url:}") String configured, Environment environment) {
        String trimmed = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        if (!trimmed.isEmpty()) {
            URI uri = URI.create(trimmed);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("wegwijzer.public-url must be an absolute http(s) address such as"
                        + " https://wegwijzer.be, not " + configured);
            }
        }
        this.configured = trimmed;
        this.environment = environment;
    }

    /** Scheme, host, port and context path of a page, without a trailing slash: {@code https://wegwijzer.example}. */
    public String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString();
    }

    /** The base for the request being answered (a page, an API answer), as {@link #base(HttpServletRequest)}. */
    public String current() {
        if (!configured.isEmpty() || RequestContextHolder.getRequestAttributes() == null) {
            return base();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .replaceQuery(null)
                .build()
                .toUriString();
    }

    /** The absolute form of a path that starts with {@code /}, for a page. */
    public String absolute(HttpServletRequest request, String path) {
        return base(request) + path;
    }

    /** The absolute address of a path without a request (mails, jobs), e.g. {@code of("/vraag")}. */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The configured address, or this machine's own web port when none is configured. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
