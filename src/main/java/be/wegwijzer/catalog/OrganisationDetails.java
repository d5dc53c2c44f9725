package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Kind, working area and the organisation's own contact channels (never a person). */
@Embeddable
public final class OrganisationDetails implements TypeDetails {

    /** Properties that kind(), deadline(), periodOther() and searchText() read: the search index follows them. */
    static final List<String> INDEXED_PROPERTIES = List.of("kind");

    @Enumerated(EnumType.STRING)
    @Column(name = "org_kind", length = 40)
    private OrganisationKind kind;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "organisation_region",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Region> workArea = new LinkedHashSet<>();

    @Column(name = "org_web", length = 1000)
    private String web;

    @Column(name = "org_email", length = 200)
    private String email;

    @Column(name = "org_phone", length = 50)
    private String phone;

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Set<Region> getWorkArea() {
        return workArea;
    }

    public void setWorkArea(Set<Region> workArea) {
        this.workArea.clear();
        this.workArea.addAll(workArea);
    }

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    @Override
    public Optional<Coded> kind() {
        return Optional.ofNullable(kind);
    }

    @Override
    public void loadForPage() {
        Hibernate.initialize(workArea);
    }
}
