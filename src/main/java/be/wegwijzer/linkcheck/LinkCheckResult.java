package be.wegwijzer.linkcheck;

/**
 * What one check of one address found.
 *
 * @param status     the verdict
 * @param httpStatus HTTP status of the last answer, null when there was none (time-out, network error)
 * @param finalUrl   where the redirects ended, null when the address was not redirected
 * @param message    a short Dutch explanation for editors, null when the link is fine
 */
public record LinkCheckResult(LinkStatus status, Integer httpStatus, String finalUrl, String message) {}
