package be.wegwijzer.search;

/** Published after synonym groups were replaced (content import) or edited in the portal. */
public record SynonymsChangedEvent() {}
