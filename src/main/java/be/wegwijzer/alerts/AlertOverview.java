package be.wegwijzer.alerts;

import java.util.List;

/**
 * Every subscription of one address, for the page the "manage" link in each mail opens.
 *
 * @param email   the address
 * @param entries its subscriptions, oldest first
 */
public record AlertOverview(String email, List<Entry> entries) {

    /**
     * @param schedule  when mail comes, in words ("wekelijks", "7 dagen voor de deadline")
     * @param confirmed false while the confirmation link was not used yet
     */
    public record Entry(long id, String label, String schedule, boolean confirmed) {}
}
