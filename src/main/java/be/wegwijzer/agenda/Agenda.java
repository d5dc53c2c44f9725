package be.wegwijzer.agenda;

import be.wegwijzer.search.ItemHit;
import java.util.List;
import java.util.Optional;

/**
 * Activities split by today: what is coming (nearest first) and what is over (most recent first). A past
 * activity is never listed as coming.
 *
 * @param spotlight the theme in the spotlight now, or else the next one
 */
public record Agenda(Optional<ItemHit> spotlight, List<ItemHit> upcoming, List<ItemHit> past) {}
