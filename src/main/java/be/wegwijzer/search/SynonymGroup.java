package be.wegwijzer.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** Words searchers use for the same thing; applied at query time, so a change needs no reindexing. */
@Entity
@Table(name = "synonym_group")
public class SynonymGroup {

    /** Where a group comes from: the content file (replaced on every import) or an editor in the portal. */
    public enum Origin {
        FILE,
        EDITOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Words separated by '|', lowercase. */
    @Column(name = "words", nullable = false, length = 1000)
    private String words;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private Origin origin;

    protected SynonymGroup() {}

    public SynonymGroup(List<String> words, Origin origin) {
        this.words = String.join("|", words);
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public List<String> getWords() {
        return Arrays.asList(words.split("\\|"));
    }

    public void setWords(List<String> words) {
        this.words = String.join("|", words);
    }

    public Origin getOrigin() {
        return origin;
    }
}
