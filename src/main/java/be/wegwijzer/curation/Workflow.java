package be.wegwijzer.curation;

import be.wegwijzer.catalog.ItemStatus;
import java.util.List;
import java.util.Map;

/**
 * Which status changes exist and who may make them. Concept → ter review → gepubliceerd → gearchiveerd, and back
 * where it makes sense; only editors (and administrators) publish, archive or take content offline.
 */
public final class Workflow {

    /** A possible step, and whether a contributor may take it (for items of their own organisation). */
    public record Step(ItemStatus to, boolean contributorMay) {}

    private static final Map<ItemStatus, List<Step>> STEPS = Map.of(
            ItemStatus.CONCEPT,
                    List.of(new Step(ItemStatus.TER_REVIEW, true), new Step(ItemStatus.GEPUBLICEERD, false)),
            ItemStatus.TER_REVIEW,
                    List.of(new Step(ItemStatus.GEPUBLICEERD, false), new Step(ItemStatus.CONCEPT, true)),
            ItemStatus.GEPUBLICEERD,
                    List.of(new Step(ItemStatus.GEARCHIVEERD, false), new Step(ItemStatus.CONCEPT, false)),
            ItemStatus.GEARCHIVEERD,
                    List.of(new Step(ItemStatus.GEPUBLICEERD, false), new Step(ItemStatus.CONCEPT, false)));

    private Workflow() {}

    /** The steps from {@code from} that this user may take. */
    public static List<ItemStatus> next(ItemStatus from, boolean editor) {
        return STEPS.getOrDefault(from, List.of()).stream()
                .filter(s -> editor || s.contributorMay())
                .map(Step::to)
                .toList();
    }

    public static boolean allowed(ItemStatus from, ItemStatus to, boolean editor) {
        return next(from, editor).contains(to);
    }
}
