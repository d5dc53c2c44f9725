package be.wegwijzer.alerts;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Unguessable link tokens (256 random bits, URL-safe): they stand in for a password on the alert pages. */
@Component
class Tokens {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
