package be.wegwijzer.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Abuse protection for {@code /vraag} without a third-party service: a honeypot field people do not see, a minimum
 * time between opening and sending the form, and at most {@link QuestionProperties#maxPerHour()} questions per client
 * address per hour. The addresses live only in this node's memory, for an hour, and are never written anywhere; with
 * several nodes each counts its own (a visitor is mostly served by one node).
 */
@Component
class AskGuard {

    static final Duration WINDOW = Duration.ofHours(1);

    private final QuestionProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    AskGuard(QuestionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses robots and floods; counts the attempt when it passes. */
    void check(String honeypot, Instant openedAt, String clientAddress) {
        if (honeypot != null && !honeypot.isBlank()) {
            throw new QuestionRefused(
                    null,
                    "Je vraag is niet verstuurd: een veld dat verborgen hoort te blijven, werd ingevuld. "
                            + "Vul alleen de zichtbare velden in en verstuur opnieuw.");
        }
        Instant now = clock.instant();
        if (openedAt == null || Duration.between(openedAt, now).compareTo(properties.minFillTime()) < 0) {
            throw new QuestionRefused(
                    null,
                    "Je vraag is niet verstuurd: het formulier werd sneller verstuurd dan iemand het kan invullen. "
                            + "Lees je vraag nog even na en klik dan opnieuw op 'Verstuur je vraag'.");
        }
        String key = clientAddress == null || clientAddress.isBlank() ? "onbekend" : clientAddress;
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= properties.maxPerHour()) {
                throw new QuestionRefused(
                        null,
                        "Je vraag is niet verstuurd: van op deze verbinding kwamen het afgelopen uur al "
                                + properties.maxPerHour()
                                + " vragen. Probeer het over een uur opnieuw.");
            }
            times.addLast(now);
        }
        recent.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || !e.getValue().peekLast().isAfter(now.minus(WINDOW));
            }
        });
    }

    /** Forgets every counted address: for tests. */
    void reset() {
        recent.clear();
    }
}
