package be.wegwijzer.finder;

import java.util.List;

/**
 * The Steunzoeker's answer.
 *
 * @param fits   measures whose rules all hold (or are for the visitor to check) and that are open today, those about
 *               the asked need first, then checked and current ones
 * @param maybe  measures whose rules all hold but whose status is unknown: "misschien nog open, ga na bij …"
 * @param nearly measures where exactly one rule fails, with that reason
 * @param ended  how many measures were left out because their application period is over
 */
public record FinderResult(Situation situation, List<Match> fits, List<Match> maybe, List<Match> nearly, int ended) {}
