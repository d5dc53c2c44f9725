package be.wegwijzer.catalog;

import be.wegwijzer.base.CurrentActor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.envers.RevisionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stamps each revision with the logged-in user and the reason the change was made. Envers creates the revision
 * when the transaction commits, after the service method returned, so the reason is bound to the transaction
 * rather than to the call: every {@link #describe} inside one transaction adds to that transaction's revision.
 */
public class RevisionAuthor implements RevisionListener {

    static final int MAX_COMMENT = 500;
    private static final Object KEY = RevisionAuthor.class;

    @Override
    public void newRevision(Object revisionEntity) {
        ItemRevision revision = (ItemRevision) revisionEntity;
        revision.setActor(CurrentActor.name());
        Set<?> comments = TransactionSynchronizationManager.getResource(KEY) instanceof Set<?> set ? set : Set.of();
        String comment = comments.isEmpty()
                ? null
                : String.join("; ", comments.stream().map(String::valueOf).toList());
        revision.setComment(
                comment == null || comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT));
    }

    /** Runs {@code work} and records {@code comment} as (part of) the reason for the current transaction's revision. */
    public static <T> T describe(String comment, Supplier<T> work) {
        if (comment != null && TransactionSynchronizationManager.isSynchronizationActive()) {
            comments().add(comment);
        }
        return work.get();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> comments() {
        Object bound = TransactionSynchronizationManager.getResource(KEY);
        if (bound != null) {
            return (Set<String>) bound;
        }
        Set<String> comments = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(KEY, comments);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return comments;
    }
}
