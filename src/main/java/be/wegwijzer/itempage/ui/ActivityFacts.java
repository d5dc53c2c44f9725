package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.catalog.ActivityDetails;
import java.time.LocalDate;

/** An activity's facts: when, what kind, where, and where to register while it is still to come. */
final class ActivityFacts extends TypeFacts {

    ActivityFacts(ActivityDetails a, LocalDate today) {
        String when = DutchFormat.date(a.getStart())
                + (a.getEnd() != null && !a.getEnd().equals(a.getStart()) ? " – " + DutchFormat.date(a.getEnd()) : "");
        if (a.isPast(today)) {
            when += ". " + getTranslation("item.activity.past");
        }
        add(getTranslation("item.activity.when"), when);
        add(getTranslation("item.activity.kind"), label(a.getKind()));
        add(
                getTranslation("item.activity.where"),
                Boolean.TRUE.equals(a.getOnline())
                        ? join(getTranslation("item.activity.online"), a.getLocation())
                        : a.getLocation());
        if (a.getRegisterUrl() != null && !a.isPast(today)) {
            add(
                    getTranslation("item.activity.register"),
                    external(a.getRegisterUrl(), getTranslation("item.activity.register")));
        }
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + " · " + b;
    }
}
