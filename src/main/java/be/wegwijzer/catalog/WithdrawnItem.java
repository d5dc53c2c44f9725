package be.wegwijzer.catalog;

/**
 * An archived item's address: its last title and, when there is one that is public, the item that replaces it
 * (a measure's {@code vervangen_door}).
 *
 * @param replacement null when nothing public replaces it
 */
public record WithdrawnItem(String title, ItemCard replacement) {}
