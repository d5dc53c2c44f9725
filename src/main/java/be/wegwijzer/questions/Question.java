package be.wegwijzer.questions;

import be.wegwijzer.catalog.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A visitor's question from {@code /vraag}. The e-mail address is there only when the asker wants an answer by mail,
 * and is purged after {@link QuestionProperties#emailRetention()}. The question text is never public; only
 * {@link #getPublicText()}, an anonymised version an editor approved, may appear on the signals page.
 */
@Entity
@Table(name = "question")
public class Question {

    public static final int TEXT_MIN_LENGTH = 10;
    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int ANSWER_MAX_LENGTH = 4000;
    public static final int PUBLIC_TEXT_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "asked_month", nullable = false, updatable = false, length = 7)
    private String askedMonth;

    @Column(name = "question_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "theme_code", length = 80)
    private String theme;

    @Column(name = "sector_code", length = 80)
    private String sector;

    @Column(name = "region_code", length = 80)
    private String region;

    @Column(name = "company_size", length = 20)
    private String companySize;

    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuestionStatus status = QuestionStatus.OPEN;

    @Column(name = "answer_text", length = ANSWER_MAX_LENGTH)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by")
    private Item answeredBy;

    @Column(name = "email_purged_at")
    private Instant emailPurgedAt;

    @Column(name = "public_text", length = PUBLIC_TEXT_MAX_LENGTH)
    private String publicText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_item_id")
    private Item faqItem;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Question() {}

    Question(Instant askedAt, String askedMonth, String text) {
        this.askedAt = askedAt;
        this.askedMonth = askedMonth;
        this.text = text;
    }

    void classify(String theme, String sector, String region, String companySize) {
        this.theme = theme;
        this.sector = sector;
        this.region = region;
        this.companySize = companySize;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void answer(String answer, Item by, Instant at) {
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = QuestionStatus.BEANTWOORD;
    }

    void forgetEmail(Instant at) {
        if (email != null) {
            email = null;
            emailPurgedAt = at;
        }
    }

    void setPublicText(String publicText) {
        this.publicText = publicText;
    }

    void setFaqItem(Item faqItem) {
        this.faqItem = faqItem;
    }

    public Long getId() {
        return id;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAskedMonth() {
        return askedMonth;
    }

    public String getText() {
        return text;
    }

    public String getTheme() {
        return theme;
    }

    public String getSector() {
        return sector;
    }

    public String getRegion() {
        return region;
    }

    public String getCompanySize() {
        return companySize;
    }

    public String getEmail() {
        return email;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Item getAnsweredBy() {
        return answeredBy;
    }

    public Instant getEmailPurgedAt() {
        return emailPurgedAt;
    }

    public String getPublicText() {
        return publicText;
    }

    public Item getFaqItem() {
        return faqItem;
    }
}
