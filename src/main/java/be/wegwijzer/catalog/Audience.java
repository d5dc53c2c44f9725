package be.wegwijzer.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One of the audiences the portal has a page for ({@code /voor/{code}}), with what that page shows. */
@Entity
@Table(name = "audience")
public class Audience {

    @Id
    @Column(name = "code", length = 80)
    private String code;

    @Column(name = "label", nullable = false, length = 150)
    private String label;

    @Column(name = "explanation", nullable = false, length = 300)
    private String explanation;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public static final int INTRO_MAX_LENGTH = 1000;

    @Column(name = "intro", length = INTRO_MAX_LENGTH)
    private String intro;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audience_entry", joinColumns = @JoinColumn(name = "audience_code"))
    @OrderColumn(name = "position")
    private List<AudienceEntry> entries = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "audience_highlight",
            joinColumns = @JoinColumn(name = "audience_code"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<Item> highlights = new ArrayList<>();

    protected Audience() {}

    public Audience(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getExplanation() {
        return explanation;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void update(String label, String explanation, int sortOrder) {
        this.label = label;
        this.explanation = explanation;
        this.sortOrder = sortOrder;
    }

    public String getIntro() {
        return intro;
    }

    public List<AudienceEntry> getEntries() {
        return entries;
    }

    public List<Item> getHighlights() {
        return highlights;
    }

    /** The page content; true when anything changed. */
    public boolean updatePage(String intro, List<AudienceEntry> entries) {
        boolean changed = !Objects.equals(this.intro, intro) || !this.entries.equals(entries);
        this.intro = intro;
        this.entries.clear();
        this.entries.addAll(entries);
        return changed;
    }

    public void setHighlights(List<Item> items) {
        highlights.clear();
        items.stream().distinct().forEach(highlights::add);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Audience other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
