package be.wegwijzer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON the open API answers with. These names are the API's contract with the sites that use it: add fields, but
 * never rename or remove one within {@code /api/v1}. Dates are ISO-8601 ({@code 2026-12-03}), moments ISO-8601 in
 * UTC; codes are those of the portal's URLs and content files.
 */
public final class ApiModel {

    private ApiModel() {}

    @Schema(description = "An organisation, with its page on the portal.")
    public record OrganisationRef(String slug, String title, String url) {}

    @Schema(description = "A code with its Dutch label.")
    public record Term(String code, String label) {}

    @Schema(description = "Where an item's facts come from, how old that source is, and whether anyone checked them.")
    public record Provenance(
            @Schema(description = "The source of the facts, as the editors recorded it")
            String source,

            @Schema(description = "The address of the source, when known")
            String sourceAddress,

            @Schema(description = "The date the source carries: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source")
            String sourceDate,

            @Schema(description = "The day an organisation checked the facts; null when nobody has checked them yet")
            LocalDate verifiedOn,

            @Schema(description = "The organisation that checked the facts; null when nobody has checked them yet")
            OrganisationRef verifiedBy,

            @Schema(description = "True when a fact still waits for verification; check it at the source")
            boolean toBeVerified) {}

    @Schema(description = "One item in a list: a search result, an agenda entry, a related item.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemSummary(
            @Schema(description = "tool, fiche, praktijk, maatregel, organisatie, activiteit or publicatie")
            String type,

            String slug,
            String title,
            String summary,

            @Schema(description = "The kind within the type (a measure's kind, a tool's form, …), when it has one")
            Term kind,

            @Schema(description = "The item's page on the portal (canonical address)")
            String url,

            @Schema(description = "The item in this API") String apiUrl,

            @Schema(description = "The organisation that owns or offers the item")
            OrganisationRef owner,

            List<String> themes,

            @Schema(description = "A measure's first day or an activity's start")
            LocalDate startDate,

            @Schema(description = "A measure's last day to apply or an activity's last day")
            LocalDate endDate,

            @Schema(description = "open, upcoming or ended for measures and activities; absent for other types")
            String status,

            Provenance provenance) {}

    @Schema(description = "A page of search results with the facet counts and links to other pages.")
    public record SearchResponse(
            String query,
            long total,
            int page,
            int pageSize,
            int pageCount,

            @Schema(description = "True when no item had all words and the results contain some of them")
            boolean relaxed,

            @Schema(description = "A better-spelled query, when the portal would suggest one")
            String didYouMean,

            List<ItemSummary> results,

            @Schema(description = "Per filter parameter (type, thema, doelgroep, …) its values with counts")
            Map<String, List<FacetCount>> facets,

            PageLinks links) {}

    @Schema(description = "One value of a filter with the number of results it would give.")
    public record FacetCount(String code, String label, long count, boolean selected, int depth) {}

    @Schema(description = "Absolute addresses of this page, the first, the previous and next (absent at the ends).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageLinks(String self, String first, String prev, String next, String last, String portal) {}

    @Schema(description = "An item with all its public fields and relations.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemDocument(
            String type,
            String slug,
            String title,
            String summary,

            @Schema(description = "The body text in Markdown")
            String body,

            @Schema(description = "The body as sanitised HTML")
            String bodyHtml,

            Term kind,
            String url,
            String apiUrl,
            OrganisationRef owner,
            List<Term> themes,
            List<Term> audiences,

            @Schema(description = "Sectors; empty with allSectors true when the item is for every sector")
            List<Term> sectors,

            boolean allSectors,
            List<Term> regions,
            List<Term> sizes,
            Term level,
            Term cost,
            List<Link> links,

            @Schema(description = "Published items related in either direction, by type")
            Map<String, List<ItemSummary>> related,

            @Schema(description = "For an organisation: the published items it owns or offers")
            List<ItemSummary> offers,

            Instant publishedAt,
            Instant updatedAt,
            Provenance provenance,
            @Schema(description = "Only for a maatregel") Measure measure,
            @Schema(description = "Only for a praktijk") Practice practice,
            @Schema(description = "Only for a tool") Tool tool,
            @Schema(description = "Only for an organisatie") Organisation organisation,
            @Schema(description = "Only for an activiteit") Activity activity,

            @Schema(description = "Only for a publicatie (the library)")
            Publication publication) {}

    public record Link(String label, String url) {}

    public record Question(String question, String answer) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(
            Term competence,
            Integer maxEur,
            Integer percentage,
            String supportForm,
            String applyWho,
            String applyUrl,
            LocalDate validFrom,
            LocalDate validUntil,
            ItemSummary replacedBy,
            List<Term> statutes,
            Integer minEmployees,
            Integer maxEmployees,
            List<Term> eligibleSectors,
            List<Term> eligibleRegions,

            @Schema(description = "Conditions the applicant checks personally")
            List<String> selfChecks,

            List<Question> questions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Practice(
            String company,
            Term sector,
            Term size,
            Term region,
            Integer investmentEur,
            String duration,
            String result,
            String businessCase) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tool(String duration, List<String> languages, List<Question> questions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organisation(List<Term> workArea, String web, String email, String phone) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(LocalDate start, LocalDate end, String location, Boolean online, String registerUrl) {}

    @Schema(description = "A publication in the library: a law, agreement, covenant, plan, report, guide or toolkit.")
    public record Publication(
            Term kind,
            String publisher,
            Integer year,
            List<String> languages,

            @Schema(description = "Where the publication itself can be read, when known")
            String readUrl) {}

    @Schema(description = "A term of a taxonomy; trees are listed depth-first, with the parent's code.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaxonomyTerm(String code, String label, String explanation, String parent, int depth) {}

    @Schema(description = "Every code the search filters and the Steunzoeker accept, with its Dutch label.")
    public record Taxonomies(
            List<TypeTerm> types,
            List<TaxonomyTerm> themes,
            List<TaxonomyTerm> audiences,
            List<TaxonomyTerm> sectors,
            List<TaxonomyTerm> regions,
            List<Term> sizes,
            List<Term> levels,
            List<Term> costs,
            List<Term> statutes,
            List<Term> sorts) {}

    @Schema(description = "A content type with the kinds it has (parameter soort).")
    public record TypeTerm(String code, String label, List<Term> kinds) {}

    @Schema(description = "The situation of a company or person, as on /steunzoeker.")
    public record FinderRequest(
            @Schema(
                    description = "werkgever, zelfstandige, werknemer or intermediair",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String statuut,

            @Schema(description = "Number of employees; required for a werkgever, 0 for a self-employed person")
            Integer werknemers,

            @Schema(description = "Sector code (see /api/v1/taxonomieen)")
            String sector,

            @Schema(description = "Region code (see /api/v1/taxonomieen)")
            String regio,

            @Schema(description = "Theme codes the support should be about")
            List<String> thema) {}

    @Schema(description = "The measures that fit the situation, those that nearly fit, each with the reasons.")
    public record FinderResponse(
            List<FinderMatch> fits,

            @Schema(description = "Measures where exactly one condition fails, with that reason")
            List<FinderMatch> nearly,

            @Schema(description = "How many measures were left out because their application period is over")
            int ended,

            String portal) {}

    public record FinderMatch(
            ItemSummary measure,

            @Schema(description = "True when the measure is about one of the asked themes (or none was asked)")
            boolean matchesNeed,

            List<Reason> reasons) {}

    @Schema(description = "One condition of a measure for this situation.")
    public record Reason(
            @Schema(description = "period, statute, size, sector, region, need or self_check")
            String rule,

            @Schema(description = "met, not_met, check (the applicant checks it) or info")
            String verdict,

            @Schema(description = "The reason in Dutch, as the portal shows it")
            String text) {}

    @Schema(description = "Activities, split by today.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AgendaResponse(
            @Schema(description = "The theme in the spotlight now, or else the next one")
            ItemSummary spotlight,

            @Schema(description = "Coming activities, nearest first")
            List<ItemSummary> upcoming,

            @Schema(description = "Past activities, most recent first")
            List<ItemSummary> past) {}

    @Schema(description = "Problem details (RFC 9457) for a request the API could not answer.")
    public record ApiError(
            String type,
            String title,
            int status,
            String detail,
            String instance,

            @Schema(description = "For a bad request: each parameter that could not be used, and why")
            List<ParameterError> errors) {}

    public record ParameterError(String parameter, String reason) {}
}
