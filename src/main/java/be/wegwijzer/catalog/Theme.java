package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A theme in the theme tree (the four outcomes, the six risk factors and the other themes). */
@Entity
@Table(name = "theme")
public class Theme {

    /** The four outcomes of the Werkbaarheidsmonitor; the quick scan is built on these codes. */
    public static final List<String> OUTCOMES =
            List.of("werkstress", "motivatie", "leermogelijkheden", "werk-privebalans");
    /** The six risk factors behind them. */
    public static final List<String> RISK_FACTORS = List.of(
            "werkdruk",
            "emotionele-belasting",
            "taakvariatie",
            "autonomie",
            "steun-leidinggevende",
            "fysieke-belasting");

    public static final int LABEL_MAX_LENGTH = 150;
    public static final int EXPLANATION_MAX_LENGTH = 200;

    @Id
    @Column(name = "code", length = 80)
    private String code;

    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "explanation", nullable = false, length = EXPLANATION_MAX_LENGTH)
    private String explanation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private Theme parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Theme() {}

    public Theme(String code) {
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

    public Theme getParent() {
        return parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void update(String label, String explanation, Theme parent, int sortOrder) {
        this.label = label;
        this.explanation = explanation;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    /** This theme and its ancestors, nearest first. */
    public List<Theme> withAncestors() {
        List<Theme> chain = new ArrayList<>();
        for (Theme t = this; t != null && !chain.contains(t); t = t.getParent()) {
            chain.add(t);
        }
        return chain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme other && code != null && code.equals(other.code);
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
