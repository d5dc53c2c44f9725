package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A sector with its joint-committee numbers (paritaire comités, e.g. "118", "149.01"). */
@Entity
@Table(name = "sector")
public class Sector {

    /** Code that means "every sector" in content files; never stored as a sector. */
    public static final String ALL = "alle";

    @Id
    @Column(name = "code", length = 80)
    private String code;

    @Column(name = "label", nullable = false, length = 150)
    private String label;

    @Column(name = "explanation", length = 300)
    private String explanation;

    /** Comma-separated joint-committee numbers; a short list that is always read whole. */
    @Column(name = "joint_committees", nullable = false, length = 300)
    private String jointCommittees = "";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Sector() {}

    public Sector(String code) {
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

    public List<String> getJointCommittees() {
        return jointCommittees.isBlank() ? List.of() : Arrays.asList(jointCommittees.split(","));
    }

    public void update(String label, String explanation, List<String> jointCommittees, int sortOrder) {
        this.label = label;
        this.explanation = explanation;
        this.jointCommittees = String.join(",", jointCommittees);
        this.sortOrder = sortOrder;
    }

    /** "Voedingsindustrie (PC 118, 220)". */
    public String labelWithJointCommittees() {
        List<String> pcs = getJointCommittees();
        return pcs.isEmpty() ? label : label + " (PC " + String.join(", ", pcs) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sector other && code != null && code.equals(other.code);
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
