package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.security.SecurityAuditLog;
import be.wegwijzer.security.SecurityEvent;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Carries out a status change inside the caller's transaction: the status, who, when and why, and the audit log
 * for publications and withdrawals. Who may ask for it is checked by the callers (EditorService, the scheduler).
 */
@Component
class WorkflowSteps {

    private final ItemTransitionRepository transitions;
    private final SecurityAuditLog audit;

    WorkflowSteps(ItemTransitionRepository transitions, SecurityAuditLog audit) {
        this.transitions = transitions;
        this.audit = audit;
    }

    void move(Item item, ItemStatus to, String actor, Instant now, String comment) {
        ItemStatus from = item.getStatus();
        switch (to) {
            case GEPUBLICEERD -> {
                item.publication().publish(now);
                audit.record(SecurityEvent.Type.ITEM_PUBLISHED, actor, item + " (" + item.getTitle() + ")");
            }
            case GEARCHIVEERD -> {
                item.publication().archive();
                audit.record(SecurityEvent.Type.ITEM_ARCHIVED, actor, item + " (" + item.getTitle() + ")");
            }
            case TER_REVIEW -> item.publication().submitForReview();
            case CONCEPT -> item.publication().returnToConcept();
        }
        item.touch(now);
        transitions.save(new ItemTransition(item, from, to, actor, now, comment));
    }
}
