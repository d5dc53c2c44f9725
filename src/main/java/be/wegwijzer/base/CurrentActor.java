package be.wegwijzer.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, for audit trails: the logged-in user's e-mail, or "systeem" for imports and scheduled work. */
public final class CurrentActor {

    public static final String SYSTEM = "systeem";

    private CurrentActor() {}

    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || "anonymousUser".equals(authentication.getName())
                ? SYSTEM
                : authentication.getName();
    }
}
