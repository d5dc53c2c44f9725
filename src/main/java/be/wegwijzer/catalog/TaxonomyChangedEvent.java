package be.wegwijzer.catalog;

/** Published after taxonomy terms were added, changed or removed, so cached copies are reloaded. */
public record TaxonomyChangedEvent() {}
