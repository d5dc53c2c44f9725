package be.wegwijzer.security;

import be.wegwijzer.base.CurrentActor;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the security audit log. Each entry is written in its own transaction, so a refused action still leaves
 * its trace (a failed login, for instance) and an audited action rolled back later does not erase the attempt.
 */
@Service
public class SecurityAuditLog {

    public static final String SYSTEM = CurrentActor.SYSTEM;

    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityAuditLog(SecurityEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent.Type type, String detail) {
        record(type, CurrentActor.name(), detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent.Type type, String actor, String detail) {
        events.save(new SecurityEvent(clock.instant(), type, actor, detail));
    }

    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN)
    public Page<SecurityEvent> page(Pageable pageable) {
        return events.findAllByOrderByOccurredAtDescIdDesc(pageable);
    }
}
