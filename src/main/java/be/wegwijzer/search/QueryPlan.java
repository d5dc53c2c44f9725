package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Set;

/**
 * What a visitor's query asks for, worked out before it becomes a Lucene query: the concepts to find (a word or a
 * known phrase, each with its synonyms and, for a compound, its parts), quoted phrases, and excluded words.
 *
 * @param text     the cleaned query as typed
 * @param concepts the words and known phrases, in query order
 * @param phrases  text between double quotes, to be found as is
 * @param excluded words after a minus sign
 * @param wantedTypes the kinds of item the words ask for ("subsidie" → measures), to rank those higher
 */
public record QueryPlan(
        String text, List<Concept> concepts, List<String> phrases, List<String> excluded, Set<ItemType> wantedTypes) {

    public static final QueryPlan EMPTY = new QueryPlan("", List.of(), List.of(), List.of(), Set.of());

    /**
     * @param text     the word or phrase as typed ("stress", "kleine onderneming")
     * @param stem     its analysed form, for index statistics; empty for a phrase
     * @param synonyms other words and phrases for the same thing
     * @param parts    the parts of a compound word ("werkbaarheid", "check"), each with its own synonyms; empty otherwise
     * @param optional scored but not required: a word naming a kind of item ("subsidie opleiding" is about
     *                 training, and measures are lifted by {@link #wantedTypes()}; a training measure need not say
     *                 "subsidie")
     */
    public record Concept(String text, String stem, Set<String> synonyms, List<Part> parts, boolean optional) {

        /** More than one word to the analyser ("kleine onderneming", "burn-out"): matched as a phrase. */
        public boolean isPhrase() {
            return isMultiWord(text);
        }
    }

    /** Words separated by a space, hyphen, apostrophe or other sign: the analyser makes several terms of it. */
    public static boolean isMultiWord(String text) {
        return text.strip().matches("(?s).*[\\p{L}\\p{N}][^\\p{L}\\p{N}]+[\\p{L}\\p{N}].*");
    }

    /** One part of a compound, with the synonyms of that part ("check" → "cheque"). */
    public record Part(String text, Set<String> synonyms) {}

    public boolean isBlank() {
        return concepts.isEmpty() && phrases.isEmpty();
    }

    /** Required concepts and phrases: what an all-words search requires. */
    public int requiredCount() {
        int required = (int) concepts.stream().filter(c -> !c.optional()).count() + phrases.size();
        return required == 0 ? concepts.size() : required;
    }
}
