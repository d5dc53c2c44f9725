package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.Item;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An activity's fields: {@code soort}, {@code start}, {@code einde}, {@code locatie}, {@code online}, {@code inschrijven}. */
public record ActivitySource(
        String kind, LocalDate start, LocalDate end, String location, Boolean online, String registerUrl)
        implements TypeSource {

    static final Set<String> FIELDS =
            new LinkedHashSet<>(List.of("soort", "start", "einde", "locatie", "online", "inschrijven"));

    static ActivitySource read(YamlMapping fm) {
        return new ActivitySource(
                fm.text("soort"),
                fm.date("start"),
                fm.date("einde"),
                fm.text("locatie"),
                fm.bool("online"),
                fm.text("inschrijven"));
    }

    static ActivitySource of(ActivityDetails a) {
        return new ActivitySource(
                code(a.getKind()),
                a.getStart(),
                a.getEnd(),
                text(a.getLocation()),
                a.getOnline(),
                text(a.getRegisterUrl()));
    }

    @Override
    public void write(YamlWriter fm) {
        fm.text("soort", kind)
                .date("start", start)
                .date("einde", end)
                .text("locatie", location)
                .bool("online", online)
                .text("inschrijven", registerUrl);
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        checks.requiredEnum("soort", kind, ActivityKind.class);
        if (start == null) {
            checks.add("start", "Het veld 'start' ontbreekt.", "Schrijf de begindatum als jjjj-mm-dd.");
        } else if (end != null && end.isBefore(start)) {
            checks.add("einde", "'einde' (" + end + ") ligt vóór 'start' (" + start + ").", "Controleer beide datums.");
        }
        checks.line("locatie", location, 200);
        checks.url("inschrijven", registerUrl, false);
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        ActivityDetails a = item.activity();
        a.setKind(enumOrNull(kind, ActivityKind.class));
        a.setStart(start);
        a.setEnd(end);
        a.setLocation(location);
        a.setOnline(online);
        a.setRegisterUrl(registerUrl);
    }

    @Override
    public ActivitySource stored() {
        return new ActivitySource(text(kind), start, end, text(location), online, text(registerUrl));
    }
}
