package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A region in a tree: belgie > vlaanderen > the provinces. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(name = "code", length = 80)
    private String code;

    @Column(name = "label", nullable = false, length = 150)
    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private Region parent;

    @OneToMany(mappedBy = "parent")
    @OrderBy("sortOrder")
    private List<Region> children = new ArrayList<>();

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Region() {}

    public Region(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public Region getParent() {
        return parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void update(String label, Region parent, int sortOrder) {
        this.label = label;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    /** This region and every region inside it, for "applies to" filtering. */
    public Set<Region> withDescendants() {
        Set<Region> all = new LinkedHashSet<>();
        collect(this, all);
        return all;
    }

    private static void collect(Region region, Set<Region> into) {
        if (into.add(region)) {
            region.children.forEach(child -> collect(child, into));
        }
    }

    /** True when this region is {@code other} or lies inside it. */
    public boolean isWithin(Region other) {
        for (Region r = this; r != null; r = r.parent) {
            if (r.equals(other)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && code != null && code.equals(other.code);
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
