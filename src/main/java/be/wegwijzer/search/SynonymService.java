package be.wegwijzer.search;

import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Synonym groups from {@code content/taxonomie/synoniemen.yml} (replaced on every import) and from editors in the
 * portal. Searches read a cached {@link Synonyms}; any change drops the cache, so it takes effect on the next
 * search without reindexing.
 */
@Service
public class SynonymService {

    static final int MAX_WORD_LENGTH = 60;
    static final int MAX_GROUP_SIZE = 30;

    /** A group as editors see it; groups from the content file are read-only in the portal. */
    public record Group(long id, List<String> words, SynonymGroup.Origin origin) {
        public boolean editable() {
            return origin == SynonymGroup.Origin.EDITOR;
        }
    }

    /** Refused input, with a message for the form. */
    public static class InvalidSynonyms extends RuntimeException {
        InvalidSynonyms(String message) {
            super(message);
        }
    }

    private final SynonymGroupRepository groups;
    private final ApplicationEventPublisher events;
    private final Analyzer analyzer = DutchAnalysis.query();
    private volatile Synonyms cached;

    SynonymService(SynonymGroupRepository groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.events = events;
    }

    /** The current synonyms for query expansion. */
    public Synonyms current() {
        Synonyms snapshot = cached;
        if (snapshot == null) {
            snapshot = Synonyms.of(
                    groups.findAll().stream().map(SynonymGroup::getWords).toList(), analyzer);
            cached = snapshot;
        }
        return snapshot;
    }

    /** The analysed form of a word or phrase, as {@link Synonyms} compares them. */
    public String key(String text) {
        return Synonyms.key(analyzer, text);
    }

    /** After the change is committed: dropped earlier, a search in between would cache the old groups again. */
    @TransactionalEventListener(classes = SynonymsChangedEvent.class, fallbackExecution = true)
    void forget() {
        cached = null;
    }

    /** Every group as stored, for the content export; no role, because backups export from the command line too. */
    @Transactional(readOnly = true)
    public List<SynonymGroup> stored() {
        return groups.findAll();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<Group> groups() {
        return groups.findAll().stream()
                .sorted(Comparator.comparing((SynonymGroup g) -> g.getOrigin())
                        .reversed()
                        .thenComparing(g -> g.getWords().getFirst()))
                .map(SynonymService::view)
                .toList();
    }

    @Transactional
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public Group create(List<String> words) {
        SynonymGroup group = groups.save(new SynonymGroup(clean(words), SynonymGroup.Origin.EDITOR));
        changed();
        return view(group);
    }

    /** Adds a word to a group; for a group from the content file a new editor group with the same words is made. */
    @Transactional
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public Group addWord(long groupId, String word) {
        SynonymGroup group = find(groupId);
        List<String> words = new ArrayList<>(group.getWords());
        words.add(word);
        if (group.getOrigin() == SynonymGroup.Origin.FILE) {
            return create(words);
        }
        group.setWords(clean(words));
        changed();
        return view(group);
    }

    @Transactional
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public Group update(long groupId, List<String> words) {
        SynonymGroup group = editable(groupId);
        group.setWords(clean(words));
        changed();
        return view(group);
    }

    @Transactional
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public void delete(long groupId) {
        groups.delete(editable(groupId));
        changed();
    }

    /**
     * Replaces the groups of {@code synoniemen.yml} by the ones just read from it; editors' groups stay. For the
     * content import, which runs without a signed-in user and has checked the file already; a dry run rolls back
     * and so leaves the cache alone.
     */
    @Transactional
    public void replaceFileGroups(List<List<String>> words) {
        groups.deleteByOrigin(SynonymGroup.Origin.FILE);
        words.forEach(w -> groups.save(new SynonymGroup(w, SynonymGroup.Origin.FILE)));
        changed();
    }

    private SynonymGroup editable(long groupId) {
        SynonymGroup group = find(groupId);
        if (group.getOrigin() != SynonymGroup.Origin.EDITOR) {
            throw new InvalidSynonyms(
                    "Deze groep komt uit content/taxonomie/synoniemen.yml; pas ze daar aan, of voeg een woord "
                            + "toe: dan maken we een eigen kopie in de portaal.");
        }
        return group;
    }

    private SynonymGroup find(long groupId) {
        return groups.findById(groupId)
                .orElseThrow(() -> new InvalidSynonyms("Deze synoniemengroep bestaat niet (meer)."));
    }

    /** Lowercase, trimmed, without duplicates; at least two different words, each short and without '|'. */
    static List<String> clean(List<String> words) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String word : words == null ? List.<String>of() : words) {
            String w = word == null ? "" : word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (w.contains("|")) {
                throw new InvalidSynonyms("Het teken | kan niet in een synoniem: '" + w + "'.");
            }
            if (w.length() > MAX_WORD_LENGTH) {
                throw new InvalidSynonyms("'" + w.substring(0, 20) + "…' is te lang; een synoniem heeft hoogstens "
                        + MAX_WORD_LENGTH + " tekens.");
            }
            cleaned.add(w);
        }
        if (cleaned.size() < 2) {
            throw new InvalidSynonyms("Een synoniemengroep heeft minstens twee verschillende woorden.");
        }
        if (cleaned.size() > MAX_GROUP_SIZE) {
            throw new InvalidSynonyms(
                    "Een groep heeft hoogstens " + MAX_GROUP_SIZE + " woorden; maak liever twee groepen.");
        }
        return List.copyOf(cleaned);
    }

    private void changed() {
        events.publishEvent(new SynonymsChangedEvent());
    }

    private static Group view(SynonymGroup group) {
        return new Group(group.getId(), group.getWords(), group.getOrigin());
    }
}
