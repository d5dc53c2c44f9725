package be.wegwijzer.curation;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.RevisionAuthor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out what editors planned: publication and withdrawal at a set moment, and closing measures whose
 * application period has passed (they stay visible, marked as ended; they are never shown as open).
 */
@Component
class WorkflowScheduler {

    private static final Logger log = LoggerFactory.getLogger(WorkflowScheduler.class);

    private final ItemRepository items;
    private final WorkflowSteps steps;
    private final ItemTransitionRepository transitions;
    private final Clock clock;

    WorkflowScheduler(ItemRepository items, WorkflowSteps steps, ItemTransitionRepository transitions, Clock clock) {
        this.items = items;
        this.steps = steps;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${wegwijzer.workflow.interval:PT1M}",
            initialDelayString = "${wegwijzer.workflow.initial-delay:PT30S}")
    @Transactional
    public void run() {
        Instant now = clock.instant();
        RevisionAuthor.describe("Geplande publicatie of intrekking", () -> {
            for (Item item : items.findByPublicationPublishAtLessThanEqual(now)) {
                if (item.getStatus() != ItemStatus.GEPUBLICEERD) {
                    steps.move(item, ItemStatus.GEPUBLICEERD, CurrentActor.SYSTEM, now, "Gepland gepubliceerd");
                    log.info("Published {} as planned", item);
                }
                item.publication().planPublication(null); // done, or no longer needed
            }
            for (Item item : items.findByPublicationWithdrawAtLessThanEqual(now)) {
                if (item.getStatus() == ItemStatus.GEPUBLICEERD) {
                    steps.move(item, ItemStatus.GEARCHIVEERD, CurrentActor.SYSTEM, now, "Gepland ingetrokken");
                    log.info("Withdrew {} as planned", item);
                }
                item.publication().planWithdrawal(null);
            }
            return null;
        });
        closeEndedMeasures(LocalDate.now(clock), now);
    }

    private void closeEndedMeasures(LocalDate today, Instant now) {
        for (Item measure : items.findEndedMeasuresNotClosed(today)) {
            measure.measure().close(now);
            transitions.save(new ItemTransition(
                    measure,
                    measure.getStatus(),
                    measure.getStatus(),
                    CurrentActor.SYSTEM,
                    now,
                    "Automatisch afgesloten: de aanvraagperiode liep af op "
                            + measure.measure().getValidUntil()));
        }
    }
}
