package be.wegwijzer.scan;

import be.wegwijzer.catalog.ItemCard;
import java.util.List;

/**
 * The scan result: the profile and, per point to act on, a first step and a bundle of a tool, a practice of a
 * similar company, a measure the visitor can use and an organisation that helps (each may be missing when the
 * portal has nothing fitting; the page then says so).
 */
public record ActionPlan(ScanScoring.Profile profile, List<Point> points, List<Integer> answers, ScanContext context) {

    public record Point(
            ScanScoring.DimensionScore score,
            QuickScan.Dimension dimension,
            ItemCard tool,
            ItemCard practice,
            ItemCard measure,
            ItemCard organisation) {}
}
