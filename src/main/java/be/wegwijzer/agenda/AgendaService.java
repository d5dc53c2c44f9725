package be.wegwijzer.agenda;

import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SearchSort;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The activities calendar and the theme in the spotlight. */
@Service
public class AgendaService {

    static final int MAX_ACTIVITIES = 500;

    private final SearchService search;
    private final Clock clock;

    AgendaService(SearchService search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    public Agenda agenda() {
        LocalDate today = LocalDate.now(clock);
        List<ItemHit> all = search.all(
                SearchRequest.of("")
                        .withFilter(Facet.TYPE, ItemType.ACTIVITEIT.segment())
                        .withSort(SearchSort.DEADLINE),
                MAX_ACTIVITIES);
        List<ItemHit> upcoming = all.stream()
                .filter(a -> !lastDay(a).isBefore(today))
                .sorted(Comparator.comparing(ItemHit::deadline))
                .toList();
        List<ItemHit> past = all.stream()
                .filter(a -> lastDay(a).isBefore(today))
                .sorted(Comparator.comparing(ItemHit::deadline).reversed())
                .toList();
        Optional<ItemHit> spotlight = upcoming.stream()
                .filter(a -> ActivityKind.THEMA_IN_DE_KIJKER.code().equals(a.kind()))
                .findFirst();
        return new Agenda(spotlight, upcoming, past);
    }

    /** An activity lasts until its end date, or its start date when it has none. */
    static LocalDate lastDay(ItemHit activity) {
        return activity.periodOther() != null ? activity.periodOther() : activity.deadline();
    }
}
