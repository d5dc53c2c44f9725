package be.wegwijzer.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public address, for the absolute links that leave the site: canonical links, link previews, the
 * sitemap, feeds and calendars. {@code wegwijzer.public-url} fixes it (a search engine should see one address even when
 * the portal is reached under several); empty, it follows the request, with the proxy's forwarded scheme and host.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${wegwijzer.public-url:}") String configured) {
        String trimmed = configured == null ? "" : configured.strip();
        this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** Scheme, host, port and context path, without a trailing slash: {@code https://wegwijzer.example}. */
    public String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        return ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString();
    }

    /** The absolute form of a path that starts with {@code /}. */
    public String absolute(HttpServletRequest request, String path) {
        return base(request) + path;
    }
}
