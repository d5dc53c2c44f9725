package be.wegwijzer.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;

/** The form of a tool, how long it takes and in which languages it exists. */
@Embeddable
public final class ToolDetails implements TypeDetails {

    /** Properties that kind(), deadline(), periodOther() and searchText() read: the search index follows them. */
    static final List<String> INDEXED_PROPERTIES = List.of("form", "faq");

    @Enumerated(EnumType.STRING)
    @Column(name = "tool_form", length = 20)
    private ToolForm form;

    @Column(name = "tool_duration", length = 100)
    private String duration;

    /** Comma-separated language codes (nl, fr, en): a tiny fixed list, always read whole. */
    @Column(name = "tool_languages", length = 50)
    private String languages;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "tool_faq", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<FaqEntry> faq = new ArrayList<>();

    public ToolForm getForm() {
        return form;
    }

    public void setForm(ToolForm form) {
        this.form = form;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public List<String> getLanguages() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages.isEmpty() ? null : String.join(",", languages);
    }

    /** Questions and answers shown on the page (as FAQPage data) and found by the search. */
    public List<FaqEntry> getFaq() {
        return faq;
    }

    public void setFaq(List<FaqEntry> faq) {
        this.faq.clear();
        this.faq.addAll(faq);
    }

    @Override
    public String searchText() {
        return FaqEntry.searchText(faq);
    }

    @Override
    public Optional<Coded> kind() {
        return Optional.ofNullable(form);
    }

    @Override
    public void loadForPage() {
        Hibernate.initialize(faq);
    }
}
