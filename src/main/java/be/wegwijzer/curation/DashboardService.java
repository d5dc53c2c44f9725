package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What needs an editor's attention: reviews due, ended measures, facts to verify, submissions, and who owns what. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class DashboardService {

    /** Items whose review date falls within this many days count as "near". */
    public static final int REVIEW_WINDOW_DAYS = 30;

    static final int MAX_ROWS = 200;

    /** One item on a dashboard list; {@code date} is the date that put it there. */
    public record Row(
            long id,
            String slug,
            ItemType type,
            String title,
            ItemStatus status,
            String owner,
            LocalDate date,
            String note) {}

    public record Dashboard(
            List<Row> reviewDue,
            List<Row> endedMeasures,
            List<Row> toVerify,
            List<Row> waitingForReview,
            Map<String, Map<ItemStatus, Long>> perOwner) {}

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    DashboardService(Clock clock) {
        this.clock = clock;
    }

    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        return new Dashboard(
                rows(
                        "select i from Item i where i.verification.reviewBy <= :limit and i.publication.status <> :archived order by i.verification.reviewBy, i.title",
                        Map.of("limit", today.plusDays(REVIEW_WINDOW_DAYS), "archived", ItemStatus.GEARCHIVEERD),
                        i -> i.verification().getReviewBy(),
                        i -> i.verification().getReviewBy().isBefore(today)
                                ? "Herziening is voorbij"
                                : "Herziening binnenkort"),
                rows(
                        "select i from Item i where i.type = :measure and i.parts.measure.validUntil < :today and i.publication.status = :published "
                                + "order by i.parts.measure.validUntil desc",
                        Map.of("measure", ItemType.MAATREGEL, "today", today, "published", ItemStatus.GEPUBLICEERD),
                        i -> i.measure().getValidUntil(),
                        i -> i.measure().getClosedAt() == null ? "Afgelopen" : "Afgelopen en automatisch afgesloten"),
                rows(
                        "select i from Item i where i.verification.needsVerification = true and i.publication.status <> :archived order by i.title",
                        Map.of("archived", ItemStatus.GEARCHIVEERD),
                        i -> null,
                        i -> i.verification().getVerificationNote()),
                rows(
                        "select i from Item i where i.publication.status = :review order by i.updatedAt",
                        Map.of("review", ItemStatus.TER_REVIEW),
                        i -> null,
                        i -> i.publication().getPublishAt() == null
                                ? "Wacht op review"
                                : "Publicatie gepland op " + i.publication().getPublishAt()),
                perOwner());
    }

    private List<Row> rows(
            String jpql, Map<String, Object> parameters, Function<Item, LocalDate> date, Function<Item, String> note) {
        var query = entityManager.createQuery(jpql, Item.class).setMaxResults(MAX_ROWS);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(i -> new Row(
                        i.getId(),
                        i.getSlug(),
                        i.getType(),
                        i.getTitle(),
                        i.getStatus(),
                        i.getOwner() == null ? null : i.getOwner().getTitle(),
                        date.apply(i),
                        note.apply(i)))
                .toList();
    }

    private Map<String, Map<ItemStatus, Long>> perOwner() {
        Map<String, Map<ItemStatus, Long>> counts = new TreeMap<>();
        entityManager
                .createQuery(
                        "select o.title, i.publication.status, count(i) from Item i join i.owner o group by o.title, i.publication.status",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new EnumMap<>(ItemStatus.class))
                        .put((ItemStatus) row[1], (Long) row[2]));
        return counts;
    }
}
