package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.ItemType;
import java.time.LocalDate;
import java.util.List;

/**
 * An item as written in a content file: plain values and codes, not yet checked against the vocabulary.
 * The importer, the exporter and the editor all go through this form, so they share one set of rules
 * ({@link ItemValidator}). Field names in problems use the Dutch keys of the file format.
 */
public record ItemSource(
        ItemType type,
        String slug,
        String title,
        String summary,
        List<String> themes,
        List<String> audiences,
        List<String> sectors,
        List<String> regions,
        List<String> sizes,
        String level,
        String cost,
        String owner,
        List<String> related,
        List<LinkSource> links,
        String source,
        LocalDate lastVerified,
        LocalDate reviewBy,
        boolean needsVerification,
        String verificationNote,
        MeasureSource measure,
        PracticeSource practice,
        ToolSource tool,
        OrganisationSource organisation,
        ActivitySource activity,
        String body) {

    public record LinkSource(String label, String url) {
    }

    public record MeasureSource(
            String kind,
            String competence,
            Integer maxEur,
            Integer percentage,
            String supportForm,
            String applyUrl,
            String applyWho,
            LocalDate validFrom,
            LocalDate validUntil,
            String replacedBy,
            List<String> statutes,
            Integer minEmployees,
            Integer maxEmployees,
            List<String> sectors,
            List<String> regions,
            List<String> selfChecks) {
    }

    public record PracticeSource(
            String company,
            String sector,
            String size,
            String region,
            Integer investmentEur,
            String duration,
            String result,
            String businessCase) {
    }

    public record ToolSource(String form, String duration, List<String> languages) {
    }

    public record OrganisationSource(String kind, List<String> workArea, String web, String email, String phone) {
    }

    public record ActivitySource(
            String kind,
            LocalDate start,
            LocalDate end,
            String location,
            Boolean online,
            String registerUrl) {
    }

    /** {@code folder/slug}, the form used in {@code gerelateerd}. */
    public String reference() {
        return type.folder() + "/" + slug;
    }
}
