package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the audiences the portal has a view for ({@code /voor/{code}}). */
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

    protected Audience() {
    }

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
