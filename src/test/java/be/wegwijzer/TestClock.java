package be.wegwijzer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The portal's clock in tests: real time, moved forward on request so a test can see what happens "tomorrow"
 * (a planned publication, a measure that ended) without waiting. Tests that move it call {@link #reset()} after.
 */
@Component
@Primary
@Profile("test")
public class TestClock extends Clock {

    private final Clock system = Clock.system(ZoneId.of("Europe/Brussels"));
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }
}
