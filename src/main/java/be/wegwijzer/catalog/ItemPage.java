package be.wegwijzer.catalog;

import java.util.List;
import java.util.Map;

/**
 * Everything the public page of an item shows. The item is detached with all the associations the page reads
 * already loaded.
 *
 * @param related items related in either direction, grouped by type
 * @param offers  for an organisation: the published items it owns
 */
public record ItemPage(Item item, Map<ItemType, List<ItemCard>> related, List<ItemCard> offers) {}
