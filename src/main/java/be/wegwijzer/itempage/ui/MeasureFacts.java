package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.MeasureStatus;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;

/** A measure's facts: whether it is open, what it gives, how to apply and who qualifies. */
final class MeasureFacts extends TypeFacts {

    private final List<FaqEntry> faq;

    MeasureFacts(MeasureDetails m, MeasureStatus status, LocalDate today) {
        faq = List.copyOf(m.getFaq());
        add(getTranslation("item.measure.validity"), validity(m, status));
        add(getTranslation("item.measure.kind"), label(m.getKind()));
        add(getTranslation("item.measure.competence"), label(m.getCompetence()));
        StringBuilder support = new StringBuilder();
        if (m.getMaxEur() != null) {
            support.append(getTranslation("item.measure.max", DutchFormat.euro(m.getMaxEur())));
        }
        if (m.getPercentage() != null) {
            support.append(support.isEmpty() ? "" : ", ")
                    .append(getTranslation("item.measure.percentage", m.getPercentage()));
        }
        if (m.getSupportForm() != null) {
            support.append(support.isEmpty() ? "" : ". ").append(m.getSupportForm());
        }
        add(getTranslation("item.measure.support"), support.toString());
        add(getTranslation("item.measure.apply"), m.getApplyWho());
        if (m.getApplyUrl() != null && !m.isEnded(today)) {
            add(
                    getTranslation("item.measure.applyhere"),
                    external(m.getApplyUrl(), getTranslation("item.measure.applylink")));
        }
        if (m.getReplacedBy() != null && m.getReplacedBy().isPublished()) {
            add(
                    getTranslation("item.measure.replacedby"),
                    new Anchor(m.getReplacedBy().path(), m.getReplacedBy().getTitle()));
        }
        add(
                getTranslation("item.measure.statute"),
                m.getStatutes().stream().map(Coded::label).toList());
        add(getTranslation("item.measure.employees"), employees(m));
        add(
                getTranslation("item.measure.conditionsectors"),
                m.getSectors().stream().map(Sector::labelWithJointCommittees).toList());
        add(
                getTranslation("item.measure.conditionregions"),
                m.getRegions().stream().map(Region::getLabel).toList());
        if (!m.getSelfChecks().isEmpty()) {
            UnorderedList checks = new UnorderedList();
            m.getSelfChecks().forEach(c -> checks.add(new ListItem(c)));
            add(getTranslation("item.measure.selfchecks"), checks);
        }
    }

    private String validity(MeasureDetails m, MeasureStatus status) {
        if (status == MeasureStatus.ENDED) {
            return getTranslation("item.measure.ended", DutchFormat.date(m.getValidUntil()));
        }
        if (status == MeasureStatus.UPCOMING) {
            return getTranslation("item.measure.upcoming", DutchFormat.date(m.getValidFrom()));
        }
        if (status == MeasureStatus.UNKNOWN) {
            return getTranslation("item.measure.unknown");
        }
        if (m.getValidUntil() != null) {
            return getTranslation("item.measure.openuntil", DutchFormat.date(m.getValidUntil()));
        }
        return m.getValidFrom() != null
                ? getTranslation("item.measure.from", DutchFormat.date(m.getValidFrom()))
                : getTranslation("item.measure.open");
    }

    private String employees(MeasureDetails m) {
        if (m.getMinEmployees() != null && m.getMaxEmployees() != null) {
            return getTranslation("item.measure.employees.range", m.getMinEmployees(), m.getMaxEmployees());
        }
        if (m.getMinEmployees() != null) {
            return getTranslation("item.measure.employees.min", m.getMinEmployees());
        }
        return m.getMaxEmployees() == null ? null : getTranslation("item.measure.employees.max", m.getMaxEmployees());
    }

    @Override
    List<Component> sections() {
        return faq.isEmpty() ? List.of() : List.of(new FaqSection(faq));
    }
}
