package be.wegwijzer.linkcheck;

import java.time.Instant;
import java.util.List;

/**
 * A link that needs an editor: broken, moved, not answering or failing otherwise, with the items that use it.
 *
 * @param url                 the address as it is in the content
 * @param status              verdict of the last check, never {@link LinkStatus#OK}
 * @param httpStatus          HTTP status of the last answer, null when there was none
 * @param finalUrl            where the redirects ended (for {@link LinkStatus#REDIRECTED}: the address to use instead)
 * @param message             short Dutch explanation
 * @param checkedAt           when it was last checked
 * @param failingSince        the first check in the current series of failures
 * @param consecutiveFailures how many checks in a row failed
 * @param usedBy              the items with this link, never empty
 */
public record LinkProblem(
        String url,
        LinkStatus status,
        Integer httpStatus,
        String finalUrl,
        String message,
        Instant checkedAt,
        Instant failingSince,
        int consecutiveFailures,
        List<LinkUse> usedBy) {}
