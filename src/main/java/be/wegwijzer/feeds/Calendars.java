package be.wegwijzer.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar events as iCalendar (RFC 5545) through ical4j. Every event is a whole day or a span of whole days (the
 * portal knows dates, not hours), so no time zone is involved; its UID is stable per item, so a subscriber's calendar
 * updates an event instead of adding a second one, and its stamp is the item's last change.
 */
final class Calendars {

    private static final String PRODUCT = "-//Wegwijzer Werkbaar Werk//Agenda//NL";

    private Calendars() {}

    /**
     * @param name  shown by calendar apps as the calendar's name
     * @param base  the portal's public address, for links and UIDs
     */
    static String write(String name, List<CalendarEvent> events, String base) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        String host = URI.create(base).getHost();
        for (CalendarEvent event : events) {
            calendar.add(event(event, base, host == null ? "wegwijzer" : host));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(CalendarEvent event, String base, String host) {
        // DTEND of a day event is exclusive: the day after the last day.
        VEvent vevent = new VEvent(event.firstDay(), event.lastDay().plusDays(1), event.title());
        vevent.replace(new DtStamp(event.changed()));
        vevent.add(new Uid(
                (event.deadline() ? "deadline-" : "") + event.type().segment() + "-" + event.slug() + "@" + host));
        String url = base + event.path();
        vevent.add(new Description(event.summary() + "\n\n" + url));
        vevent.add(new Url(URI.create(url)));
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        return vevent;
    }
}
