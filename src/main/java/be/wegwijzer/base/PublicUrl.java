package be.wegwijzer.base;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address ({@code wegwijzer.public-url}), for links that leave the portal without a request to
 * take the host from: mails, feeds, calendars, the API's canonical URLs.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${wegwijzer.public-url:http://localhost:8080}") String base) {
        URI uri = URI.create(base.strip());
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "wegwijzer.public-url must be an absolute http(s) address such as https://wegwijzer.be, not "
                            + base);
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The absolute address of a path in the portal, e.g. {@code of("/vraag")}. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    public String base() {
        return base;
    }
}
