package be.wegwijzer.curation;

import static be.wegwijzer.catalog.ItemStatus.CONCEPT;
import static be.wegwijzer.catalog.ItemStatus.GEARCHIVEERD;
import static be.wegwijzer.catalog.ItemStatus.GEPUBLICEERD;
import static be.wegwijzer.catalog.ItemStatus.TER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemStatus;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    @Test
    void editorsFollowTheWholeCycleAndCanGoBack() {
        assertThat(Workflow.next(CONCEPT, true)).containsExactly(TER_REVIEW, GEPUBLICEERD);
        assertThat(Workflow.next(TER_REVIEW, true)).containsExactly(GEPUBLICEERD, CONCEPT);
        assertThat(Workflow.next(GEPUBLICEERD, true)).containsExactly(GEARCHIVEERD, CONCEPT);
        assertThat(Workflow.next(GEARCHIVEERD, true)).containsExactly(GEPUBLICEERD, CONCEPT);
    }

    @Test
    void contributorsOnlySubmitOrWithdrawTheirSubmission() {
        assertThat(Workflow.next(CONCEPT, false)).containsExactly(TER_REVIEW);
        assertThat(Workflow.next(TER_REVIEW, false)).containsExactly(CONCEPT);
        assertThat(Workflow.next(GEPUBLICEERD, false)).isEmpty();
        assertThat(Workflow.next(GEARCHIVEERD, false)).isEmpty();
        assertThat(Workflow.allowed(TER_REVIEW, GEPUBLICEERD, false)).isFalse();
        assertThat(Workflow.allowed(TER_REVIEW, GEPUBLICEERD, true)).isTrue();
    }

    @Test
    void noStatusLeadsToItself() {
        for (ItemStatus status : ItemStatus.values()) {
            assertThat(Workflow.allowed(status, status, true)).as(status.name()).isFalse();
        }
    }
}
