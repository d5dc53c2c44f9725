package be.wegwijzer.finder;

import java.util.List;

/**
 * The Steunzoeker's answer.
 *
 * @param fits   measures whose rules all hold (or are for the visitor to check), those about the asked need first
 * @param nearly measures where exactly one rule fails, with that reason
 * @param ended  how many measures were left out because their application period is over
 */
public record FinderResult(Situation situation, List<Match> fits, List<Match> nearly, int ended) {}
