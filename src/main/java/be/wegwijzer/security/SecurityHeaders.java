package be.wegwijzer.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser-side protections every response carries: one home for the Content-Security-Policy and its companions.
 * {@link SecurityHeadersFilter} puts them on every response; {@link BootstrapPageHardening} replaces the policy of a
 * Vaadin page with one that names the page's own nonce.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String PERMISSIONS_POLICY = "Permissions-Policy";

    /** Links to outside sources tell the origin, never our paths with a visitor's search words. */
    static final String REFERRER = "strict-origin-when-cross-origin";
    /** Nothing of the portal needs these device features. */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    /** The policy for responses that run no script of their own: static files, JSON, plain error pages. */
    static String policyWithoutScripts() {
        return policy("script-src 'self'");
    }

    /**
     * The policy of a Vaadin page. Only script elements carrying the nonce run, so markup that slipped into the page
     * cannot start a script; Vaadin's client engine needs {@code 'unsafe-eval'} (it builds functions from the
     * expressions the server sends) and its components need inline styles.
     */
    static String policyForPage(String nonce) {
        return policy("script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'");
    }

    /**
     * The policy of a Vaadin page while Vaadin's development tools are on: they add inline scripts after our
     * listener has run, so they cannot carry the nonce. Never in production mode, where the tools do not exist.
     */
    static String policyForDevelopmentPage() {
        return policy("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    }

    static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String policy(String scriptSource) {
        return String.join(
                "; ",
                "default-src 'self'",
                scriptSource,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }
}
