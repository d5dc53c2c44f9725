package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** Who did it, what it cost and what it yielded, as the source tells. */
@Embeddable
public final class PracticeDetails implements TypeDetails {

    /** Properties that kind(), deadline(), periodOther() and searchText() read: the search index follows them. */
    static final List<String> INDEXED_PROPERTIES = List.of();

    public static final int TEXT_MAX_LENGTH = 2000;

    @Column(name = "practice_company", length = 150)
    private String company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_sector_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "practice_size", length = 20)
    private CompanySize size;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Region region;

    @Column(name = "practice_investment_eur")
    private Integer investmentEur;

    @Column(name = "practice_duration", length = 300)
    private String duration;

    @Column(name = "practice_result", length = TEXT_MAX_LENGTH)
    private String result;

    @Column(name = "practice_business_case", length = TEXT_MAX_LENGTH)
    private String businessCase;

    /**
     * A contact person offered by a contributor. Shown publicly only with {@link #contactConsent}: the portal
     * publishes no personal data without consent.
     */
    @Column(name = "practice_contact_name", length = 150)
    private String contactName;

    @Column(name = "practice_contact_email", length = 200)
    private String contactEmail;

    @Column(name = "practice_contact_consent")
    private Boolean contactConsent;

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public CompanySize getSize() {
        return size;
    }

    public void setSize(CompanySize size) {
        this.size = size;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Integer getInvestmentEur() {
        return investmentEur;
    }

    public void setInvestmentEur(Integer investmentEur) {
        this.investmentEur = investmentEur;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean hasContactConsent() {
        return Boolean.TRUE.equals(contactConsent);
    }

    /** A contact only with consent; without consent nothing about the person is kept. */
    public void setContact(String name, String email, boolean consent) {
        this.contactName = consent ? name : null;
        this.contactEmail = consent ? email : null;
        this.contactConsent = consent && (name != null || email != null) ? Boolean.TRUE : null;
    }

    public String getBusinessCase() {
        return businessCase;
    }

    public void setBusinessCase(String businessCase) {
        this.businessCase = businessCase;
    }

    @Override
    public void loadForPage() {
        if (sector != null) {
            Hibernate.initialize(sector);
        }
        if (region != null) {
            Hibernate.initialize(region);
        }
    }
}
