package be.wegwijzer.finder;

import be.wegwijzer.catalog.Statute;
import java.util.Set;

/**
 * What a visitor tells the Steunzoeker. Everything but the statute may be unknown (null or empty): a rule that
 * needs an unknown fact becomes "check it yourself", never a silent yes or no.
 *
 * @param employees number of employees; 0 for a self-employed person without staff
 * @param sector    sector code
 * @param region    region code (a province, Brussels, …)
 * @param themes    what the visitor needs help with, as theme codes
 */
public record Situation(Statute statute, Integer employees, String sector, String region, Set<String> themes) {

    public Situation {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
