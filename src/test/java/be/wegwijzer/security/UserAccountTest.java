package be.wegwijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    UserAccount account = new UserAccount(" Jan@Voorbeeld.BE ", "Jan", "{bcrypt}x", Role.REDACTEUR, T0);

    @Test
    void theLoginNameIsStoredTrimmedAndLowercase() {
        assertThat(account.getEmail()).isEqualTo("jan@voorbeeld.be");
    }

    @Test
    void twoFailuresDoNotSlowDownTheNextAttempt() {
        account.recordFailure(T0);
        account.recordFailure(T0);
        assertThat(account.waitBeforeNextAttempt(T0)).isZero();
    }

    @Test
    void fromTheThirdFailureTheWaitStartsAtFiveSecondsAndDoubles() {
        failTimes(3, T0);
        assertThat(account.waitBeforeNextAttempt(T0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(account.waitBeforeNextAttempt(T0.plusSeconds(4))).isEqualTo(Duration.ofSeconds(1));
        assertThat(account.waitBeforeNextAttempt(T0.plusSeconds(5))).isZero();
        account.recordFailure(T0);
        assertThat(account.waitBeforeNextAttempt(T0)).isEqualTo(Duration.ofSeconds(10));
        account.recordFailure(T0);
        assertThat(account.waitBeforeNextAttempt(T0)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theWaitNeverExceedsAMinute() {
        failTimes(20, T0);
        assertThat(account.waitBeforeNextAttempt(T0)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theSixthFailureLocksForFifteenMinutesAndReportsItOnce() {
        assertThat(failTimes(5, T0)).isFalse();
        assertThat(account.isLocked(T0)).isFalse();
        assertThat(account.recordFailure(T0)).isTrue();
        assertThat(account.isLocked(T0)).isTrue();
        assertThat(account.isLocked(T0.plus(UserAccount.LOCK_DURATION).minusSeconds(1)))
                .isTrue();
        assertThat(account.isLocked(T0.plus(UserAccount.LOCK_DURATION))).isFalse();
        assertThat(account.recordFailure(T0))
                .as("a seventh failure locks again but is not a new lock")
                .isFalse();
    }

    @Test
    void aSuccessfulLoginOrAnUnlockClearsTheCounters() {
        failTimes(6, T0);
        account.recordSuccess();
        assertThat(account.isLocked(T0)).isFalse();
        assertThat(account.waitBeforeNextAttempt(T0)).isZero();
        failTimes(6, T0);
        account.unlock();
        assertThat(account.isLocked(T0)).isFalse();
    }

    private boolean failTimes(int times, Instant at) {
        boolean locked = false;
        for (int i = 0; i < times; i++) {
            locked = account.recordFailure(at);
        }
        return locked;
    }
}
