package be.wegwijzer.api;

import be.wegwijzer.agenda.Agenda;
import be.wegwijzer.agenda.AgendaService;
import be.wegwijzer.api.ApiModel.ItemDocument;
import be.wegwijzer.api.ApiModel.ItemSummary;
import be.wegwijzer.api.ApiModel.ParameterError;
import be.wegwijzer.api.ApiModel.Term;
import be.wegwijzer.base.Markdown;
import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.FicheDetails;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.PracticeDetails;
import be.wegwijzer.catalog.PublicationDetails;
import be.wegwijzer.catalog.SourceDate;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.ToolDetails;
import be.wegwijzer.catalog.TypeDetails;
import be.wegwijzer.catalog.Verification;
import be.wegwijzer.finder.FinderResult;
import be.wegwijzer.finder.FinderService;
import be.wegwijzer.finder.FinderUrl;
import be.wegwijzer.finder.Match;
import be.wegwijzer.finder.RuleOutcome;
import be.wegwijzer.finder.Situation;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.HitState;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SearchSort;
import be.wegwijzer.search.SearchUrl;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open API's answers, built from the services the portal's own pages use: the search page's parsing and search,
 * the item page's published page, the Steunzoeker and the agenda. Only published content leaves through here, and
 * of it only what its public page shows: no editorial notes, review dates, workflow or contact persons.
 */
@Service
@Transactional(readOnly = true)
public class ApiService {

    /** API-only search parameter: results per page (the search page always shows {@value SearchRequest#DEFAULT_PAGE_SIZE}). */
    public static final String PAGE_SIZE = "aantal";

    static final int MAX_EMPLOYEES = 1_000_000;
    private static final int MAX_FINDER_THEMES = 20;

    private final SearchService search;
    private final CatalogService catalog;
    private final TaxonomyService taxonomy;
    private final FinderService finder;
    private final AgendaService agenda;
    private final ApiProperties properties;
    private final Clock clock;

    ApiService(
            SearchService search,
            CatalogService catalog,
            TaxonomyService taxonomy,
            FinderService finder,
            AgendaService agenda,
            ApiProperties properties,
            Clock clock) {
        this.properties = properties;
        this.search = search;
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.finder = finder;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** How many requests one client address may make per minute, for the developers' page. */
    public int requestsPerMinute() {
        return properties.requestsPerMinute();
    }

    /** Addresses of the portal and of the API, absolute, as the client reached them. */
    public record Addresses(String portal) {

        String page(ItemType type, String slug) {
            return portal + "/" + type.segment() + "/" + slug;
        }

        String api(ItemType type, String slug) {
            return portal + ApiController.BASE + "/items/" + type.segment() + "/" + slug;
        }
    }

    // ---- search ---------------------------------------------------------------------------------------------

    /**
     * The search request in these parameters, read exactly as the search page reads its URL, but refused when a
     * parameter cannot be used.
     *
     * @throws ApiProblem naming every parameter that could not be used
     */
    public SearchRequest searchRequest(Map<String, List<String>> parameters) {
        List<ParameterError> errors = new ArrayList<>();
        Set<String> known = SearchUrl.parameterNames();
        parameters.keySet().stream()
                .filter(name -> !known.contains(name) && !PAGE_SIZE.equals(name))
                .sorted()
                .forEach(name -> errors.add(new ParameterError(
                        name,
                        "is geen parameter van deze zoekopdracht; gebruik " + String.join(", ", known) + ", "
                                + PAGE_SIZE)));
        parameters.forEach((name, values) -> {
            if (values.size() > 1 && !Facet.fromParameter(name).isPresent()) {
                errors.add(new ParameterError(name, "mag maar één keer voorkomen"));
            }
        });
        SearchUrl.Reading reading = SearchUrl.read(parameters);
        reading.problems().forEach(p -> errors.add(new ParameterError(p.parameter(), p.reason())));
        SearchRequest request = reading.request();
        checkTaxonomyCodes(request, errors);
        int pageSize = SearchRequest.DEFAULT_PAGE_SIZE;
        List<String> size = parameters.get(PAGE_SIZE);
        if (size != null && !size.isEmpty()) {
            try {
                pageSize = Integer.parseInt(size.getFirst().strip());
                if (pageSize < 1 || pageSize > SearchRequest.MAX_PAGE_SIZE) {
                    errors.add(new ParameterError(
                            PAGE_SIZE, "moet tussen 1 en " + SearchRequest.MAX_PAGE_SIZE + " liggen"));
                }
            } catch (NumberFormatException e) {
                errors.add(new ParameterError(PAGE_SIZE, "moet een geheel getal zijn, zoals 10"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        int page = request.page();
        SearchRequest sized = new SearchRequest(
                request.query(),
                request.filters(),
                request.openOnly(),
                request.sort(),
                page,
                pageSize,
                request.audience());
        if (sized.page() != page) {
            throw ApiProblem.badRequest(List.of(new ParameterError(
                    "pagina", "mag hoogstens " + (sized.page() + 1) + " zijn bij " + pageSize + " per pagina")));
        }
        return sized;
    }

    /** The same search as the search page runs (not logged: the search log counts the portal's visitors). */
    public SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    public ApiModel.SearchResponse searchResponse(SearchResult result, Addresses at) {
        SearchRequest request = result.request();
        Map<String, List<ApiModel.FacetCount>> facets = new LinkedHashMap<>();
        result.facets().forEach((facet, values) -> {
            if (facet.shownOnSearchPage()) {
                facets.put(
                        facet.parameter(),
                        values.stream().map(ApiService::count).toList());
            }
        });
        int pageCount = result.pageCount();
        return new ApiModel.SearchResponse(
                request.query(),
                result.total(),
                request.page() + 1,
                request.pageSize(),
                pageCount,
                result.relaxed(),
                result.didYouMean(),
                summaries(result.hits(), at),
                facets,
                links(request, pageCount, at));
    }

    private static ApiModel.FacetCount count(FacetValue value) {
        return new ApiModel.FacetCount(value.code(), value.label(), value.count(), value.selected(), value.depth());
    }

    private static ApiModel.PageLinks links(SearchRequest request, int pageCount, Addresses at) {
        Function<Integer, String> page = number -> {
            SearchRequest other = request.withPage(number);
            String query = SearchUrl.toParameters(other).getQueryString();
            if (request.pageSize() != SearchRequest.DEFAULT_PAGE_SIZE) {
                query = (query.isEmpty() ? "" : query + "&") + PAGE_SIZE + "=" + request.pageSize();
            }
            return at.portal() + ApiController.BASE + "/" + SearchUrl.PATH + (query.isEmpty() ? "" : "?" + query);
        };
        int last = Math.max(0, Math.min(pageCount, SearchRequest.MAX_RESULT_WINDOW / request.pageSize()) - 1);
        return new ApiModel.PageLinks(
                page.apply(request.page()),
                page.apply(0),
                request.page() > 0 ? page.apply(Math.min(request.page() - 1, last)) : null,
                request.page() < last ? page.apply(request.page() + 1) : null,
                page.apply(last),
                at.portal() + SearchUrl.href(request.withPage(request.page())));
    }

    private void checkTaxonomyCodes(SearchRequest request, List<ParameterError> errors) {
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        for (Facet facet : List.of(Facet.THEME, Facet.AUDIENCE, Facet.SECTOR, Facet.REGION, Facet.SIZE, Facet.KIND)) {
            Set<String> known = switch (facet) {
                case THEME -> codes(terms.themes());
                case AUDIENCE -> codes(terms.audiences());
                case SECTOR -> withAll(codes(terms.sectors()));
                case REGION -> withAll(codes(terms.regions()));
                case SIZE ->
                    Arrays.stream(CompanySize.values()).map(Coded::code).collect(Collectors.toSet());
                default ->
                    Arrays.stream(ItemType.values())
                            .flatMap(t -> t.kinds().stream())
                            .map(Coded::code)
                            .collect(Collectors.toSet());
            };
            request.selected(facet).stream()
                    .filter(code -> !known.contains(code))
                    .sorted()
                    .forEach(code -> errors.add(new ParameterError(
                            facet.parameter(), "'" + code + "' bestaat niet; zie /api/v1/taxonomieen")));
        }
        if (request.audience() != null && terms.audience(request.audience()).isEmpty()) {
            errors.add(
                    new ParameterError("voor", "'" + request.audience() + "' bestaat niet; zie /api/v1/taxonomieen"));
        }
    }

    private static Set<String> codes(List<TaxonomyService.Term> terms) {
        return terms.stream().map(TaxonomyService.Term::code).collect(Collectors.toSet());
    }

    private static Set<String> withAll(Set<String> codes) {
        Set<String> all = new LinkedHashSet<>(codes);
        all.add(Item.ALL);
        return all;
    }

    // ---- items ----------------------------------------------------------------------------------------------

    /** A published item with all it shows on its page, or empty when there is none at this address. */
    public Optional<ItemDocument> item(String typeSegment, String slug, Addresses at) {
        return ItemType.fromSegment(typeSegment)
                .flatMap(type -> catalog.publishedPage(type, slug))
                .map(page -> document(page, at));
    }

    private ItemDocument document(ItemPage page, Addresses at) {
        Item item = page.item();
        LocalDate today = LocalDate.now(clock);
        Set<String> slugs = new LinkedHashSet<>();
        page.related().values().forEach(cards -> cards.forEach(c -> slugs.add(c.slug())));
        page.offers().forEach(c -> slugs.add(c.slug()));
        if (item.getType() == ItemType.MAATREGEL && item.measure().getReplacedBy() != null) {
            slugs.add(item.measure().getReplacedBy().getSlug());
        }
        Map<String, Item> others = catalog.publishedBySlug(slugs);
        Map<String, List<ItemSummary>> related = new LinkedHashMap<>();
        page.related().forEach((type, cards) -> related.put(type.segment(), cards(cards, others, today, at)));
        var c = item.classification();
        TypeFields fields = typeFields(item.details(), others, today, at);
        return new ItemDocument(
                item.getType().segment(),
                item.getSlug(),
                item.getTitle(),
                item.getSummary(),
                item.getBody(),
                Markdown.toSafeHtml(item.getBody()),
                item.details().kind().map(ApiService::term).orElse(null),
                at.page(item.getType(), item.getSlug()),
                at.api(item.getType(), item.getSlug()),
                owner(item, at),
                c.getThemes().stream()
                        .map(t -> new Term(t.getCode(), t.getLabel()))
                        .toList(),
                c.getAudiences().stream()
                        .map(a -> new Term(a.getCode(), a.getLabel()))
                        .toList(),
                c.getSectors().stream()
                        .map(s -> new Term(s.getCode(), s.getLabel()))
                        .toList(),
                c.isAllSectors(),
                c.getRegions().stream()
                        .map(r -> new Term(r.getCode(), r.getLabel()))
                        .toList(),
                c.getSizes().stream().map(ApiService::term).toList(),
                c.getLevel() == null ? null : term(c.getLevel()),
                c.getCost() == null ? null : term(c.getCost()),
                item.getLinks().stream()
                        .map(l -> new ApiModel.Link(l.label(), l.url()))
                        .toList(),
                related,
                item.getType() == ItemType.ORGANISATIE ? cards(page.offers(), others, today, at) : null,
                item.publication().getPublishedAt(),
                item.getUpdatedAt(),
                provenance(item, at),
                fields.measure(),
                fields.practice(),
                fields.tool(),
                fields.organisation(),
                fields.activity(),
                fields.publication());
    }

    /** The facts of the item's own type; the others stay null and are left out of the JSON. */
    private record TypeFields(
            ApiModel.Measure measure,
            ApiModel.Practice practice,
            ApiModel.Tool tool,
            ApiModel.Organisation organisation,
            ApiModel.Activity activity,
            ApiModel.Publication publication) {}

    /**
     * Which facts of a type the API shows: one case per type and no default, so a new type does not compile until it
     * is handled here too. The contact person of a good practice is left out: a person, not an organisation.
     */
    private TypeFields typeFields(TypeDetails details, Map<String, Item> others, LocalDate today, Addresses at) {
        return switch (details) {
            case MeasureDetails m -> new TypeFields(measure(m, others, today, at), null, null, null, null, null);
            case PracticeDetails p -> new TypeFields(null, practice(p), null, null, null, null);
            case ToolDetails t -> new TypeFields(null, null, tool(t), null, null, null);
            case OrganisationDetails o -> new TypeFields(null, null, null, organisation(o), null, null);
            case ActivityDetails a -> new TypeFields(null, null, null, null, activity(a), null);
            case PublicationDetails p -> new TypeFields(null, null, null, null, null, publication(p));
            case FicheDetails f -> new TypeFields(null, null, null, null, null, null);
        };
    }

    private ApiModel.Measure measure(MeasureDetails m, Map<String, Item> others, LocalDate today, Addresses at) {
        Item replacement =
                m.getReplacedBy() == null ? null : others.get(m.getReplacedBy().getSlug());
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        return new ApiModel.Measure(
                m.getCompetence() == null ? null : term(m.getCompetence()),
                m.getMaxEur(),
                m.getPercentage(),
                m.getSupportForm(),
                m.getApplyWho(),
                m.getApplyUrl(),
                m.getValidFrom(),
                m.getValidUntil(),
                replacement == null ? null : summary(replacement, today, at),
                m.getStatutes().stream().map(ApiService::term).toList(),
                m.getMinEmployees(),
                m.getMaxEmployees(),
                m.getSectors().stream()
                        .map(s -> new Term(s.getCode(), terms.sectorLabel(s.getCode())))
                        .toList(),
                m.getRegions().stream()
                        .map(r -> new Term(r.getCode(), terms.regionLabel(r.getCode())))
                        .toList(),
                List.copyOf(m.getSelfChecks()),
                questions(m.getFaq()));
    }

    private static ApiModel.Practice practice(PracticeDetails p) {
        return new ApiModel.Practice(
                p.getCompany(),
                p.getSector() == null
                        ? null
                        : new Term(p.getSector().getCode(), p.getSector().getLabel()),
                p.getSize() == null ? null : term(p.getSize()),
                p.getRegion() == null
                        ? null
                        : new Term(p.getRegion().getCode(), p.getRegion().getLabel()),
                p.getInvestmentEur(),
                p.getDuration(),
                p.getResult(),
                p.getBusinessCase());
    }

    private static ApiModel.Tool tool(ToolDetails t) {
        return new ApiModel.Tool(t.getDuration(), List.copyOf(t.getLanguages()), questions(t.getFaq()));
    }

    private static ApiModel.Organisation organisation(OrganisationDetails o) {
        return new ApiModel.Organisation(
                o.getWorkArea().stream()
                        .map(r -> new Term(r.getCode(), r.getLabel()))
                        .toList(),
                o.getWeb(),
                o.getEmail(),
                o.getPhone());
    }

    private static ApiModel.Activity activity(ActivityDetails a) {
        return new ApiModel.Activity(a.getStart(), a.getEnd(), a.getLocation(), a.getOnline(), a.getRegisterUrl());
    }

    private static ApiModel.Publication publication(PublicationDetails p) {
        return new ApiModel.Publication(
                p.getKind() == null ? null : term(p.getKind()),
                p.getPublisher(),
                p.getYear(),
                List.copyOf(p.getLanguages()),
                p.getUrl());
    }

    private static List<ApiModel.Question> questions(List<FaqEntry> faq) {
        return faq.stream()
                .map(f -> new ApiModel.Question(f.question(), f.answer()))
                .toList();
    }

    // ---- summaries and provenance ---------------------------------------------------------------------------

    /** Search hits as summaries, in the hits' order, with the facts the index does not keep. */
    List<ItemSummary> summaries(List<ItemHit> hits, Addresses at) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Item> items =
                catalog.publishedBySlug(hits.stream().map(ItemHit::slug).toList());
        return hits.stream()
                .map(hit -> items.get(hit.slug()))
                .filter(Objects::nonNull)
                .map(item -> summary(item, today, at))
                .toList();
    }

    private List<ItemSummary> cards(
            Collection<ItemCard> cards, Map<String, Item> items, LocalDate today, Addresses at) {
        return cards.stream()
                .map(card -> items.get(card.slug()))
                .filter(Objects::nonNull)
                .map(item -> summary(item, today, at))
                .toList();
    }

    ItemSummary summary(Item item, LocalDate today, Addresses at) {
        TypeDetails details = item.details();
        ItemHit asHit = new ItemHit(
                item.getSlug(),
                item.getType(),
                item.getTitle(),
                details.kind().map(Coded::code).orElse(null),
                item.getSummary(),
                List.of(),
                List.of(),
                null,
                List.of(),
                details.deadline(),
                details.periodOther(),
                item.verification().currentAsOf().orElse(null));
        boolean activity = item.getType() == ItemType.ACTIVITEIT;
        LocalDate start = activity ? details.deadline() : details.periodOther();
        LocalDate end = activity ? ((ActivityDetails) details).lastDay() : details.deadline();
        return new ItemSummary(
                item.getType().segment(),
                item.getSlug(),
                item.getTitle(),
                item.getSummary(),
                details.kind().map(ApiService::term).orElse(null),
                at.page(item.getType(), item.getSlug()),
                at.api(item.getType(), item.getSlug()),
                owner(item, at),
                item.classification().getThemes().stream().map(t -> t.getCode()).toList(),
                start,
                end,
                HitState.of(asHit, today).map(HitState::variant).orElse(null),
                provenance(item, at));
    }

    private static ApiModel.OrganisationRef owner(Item item, Addresses at) {
        Item owner = item.getOwner();
        return owner == null || !owner.isPublished()
                ? null
                : new ApiModel.OrganisationRef(
                        owner.getSlug(), owner.getTitle(), at.page(ItemType.ORGANISATIE, owner.getSlug()));
    }

    /**
     * Where an item's facts come from and when they were last checked: the one place that maps the catalog's
     * verification to the API, so a richer verification model changes only this method.
     */
    static ApiModel.Provenance provenance(Item item, Addresses at) {
        Verification v = item.verification();
        Item by = v.isVerified() ? v.getVerifiedBy() : null;
        return new ApiModel.Provenance(
                v.getSource(),
                v.getSourceAddress(),
                v.getSourceDate().map(SourceDate::toString).orElse(null),
                v.verifiedOn().orElse(null),
                by == null
                        ? null
                        : new ApiModel.OrganisationRef(
                                by.getSlug(), by.getTitle(), at.page(ItemType.ORGANISATIE, by.getSlug())),
                v.isNeedsVerification());
    }

    private static Term term(Coded coded) {
        return new Term(coded.code(), coded.label());
    }

    // ---- taxonomies -----------------------------------------------------------------------------------------

    public ApiModel.Taxonomies taxonomies() {
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        return new ApiModel.Taxonomies(
                Arrays.stream(ItemType.values())
                        .map(t -> new ApiModel.TypeTerm(
                                t.segment(),
                                t.label(),
                                t.kinds().stream().map(ApiService::term).toList()))
                        .toList(),
                taxonomyTerms(terms.themes()),
                taxonomyTerms(terms.audiences()),
                taxonomyTerms(terms.sectors()),
                taxonomyTerms(terms.regions()),
                enumTerms(CompanySize.values()),
                enumTerms(Level.values()),
                enumTerms(Cost.values()),
                enumTerms(Statute.values()),
                Arrays.stream(SearchSort.values())
                        .map(s -> new Term(s.code(), s.label()))
                        .toList());
    }

    private static List<ApiModel.TaxonomyTerm> taxonomyTerms(List<TaxonomyService.Term> terms) {
        return terms.stream()
                .map(t -> new ApiModel.TaxonomyTerm(t.code(), t.label(), t.explanation(), t.parentCode(), t.depth()))
                .toList();
    }

    private static List<Term> enumTerms(Coded[] values) {
        return Stream.of(values).map(ApiService::term).toList();
    }

    // ---- Steunzoeker ----------------------------------------------------------------------------------------

    /**
     * The Steunzoeker's answer for a situation, with the reasons in the portal's words.
     *
     * @throws ApiProblem naming every field of the situation that could not be used
     */
    public ApiModel.FinderResponse find(ApiModel.FinderRequest body, Addresses at) {
        Situation situation = situation(body);
        FinderResult result = finder.find(situation);
        LocalDate today = LocalDate.now(clock);
        Map<String, Item> items =
                catalog.publishedBySlug(Stream.concat(result.fits().stream(), result.nearly().stream())
                        .map(m -> m.measure().card().slug())
                        .toList());
        return new ApiModel.FinderResponse(
                matches(result.fits(), items, today, at),
                matches(result.nearly(), items, today, at),
                result.ended(),
                at.portal() + "/steunzoeker?"
                        + FinderUrl.toParameters(situation).getQueryString());
    }

    private List<ApiModel.FinderMatch> matches(
            List<Match> matches, Map<String, Item> items, LocalDate today, Addresses at) {
        List<ApiModel.FinderMatch> out = new ArrayList<>();
        for (Match match : matches) {
            Item item = items.get(match.measure().card().slug());
            if (item == null) {
                continue;
            }
            List<ApiModel.Reason> reasons = match.outcomes().stream()
                    .filter(o -> o.verdict() != RuleOutcome.Verdict.INFO || o.rule() == RuleOutcome.Rule.NEED)
                    .map(o -> new ApiModel.Reason(
                            o.rule().name().toLowerCase(Locale.ROOT),
                            o.verdict().name().toLowerCase(Locale.ROOT),
                            ApiTexts.reason(o)))
                    .toList();
            out.add(new ApiModel.FinderMatch(summary(item, today, at), match.matchesNeed(), reasons));
        }
        return out;
    }

    private Situation situation(ApiModel.FinderRequest body) {
        List<ParameterError> errors = new ArrayList<>();
        if (body == null) {
            throw ApiProblem.badRequest(List.of(new ParameterError(
                    "statuut",
                    "ontbreekt; stuur een JSON-object zoals {\"statuut\": \"werkgever\", \"werknemers\": 8}")));
        }
        Statute statute = null;
        if (body.statuut() == null || body.statuut().isBlank()) {
            errors.add(new ParameterError("statuut", "ontbreekt; kies uit " + Coded.codes(Statute.class)));
        } else {
            statute = Coded.fromCode(Statute.class, body.statuut().strip()).orElse(null);
            if (statute == null) {
                errors.add(new ParameterError(
                        "statuut", "'" + body.statuut() + "' bestaat niet; kies uit " + Coded.codes(Statute.class)));
            }
        }
        Integer employees = body.werknemers();
        if (employees != null && (employees < 0 || employees > MAX_EMPLOYEES)) {
            errors.add(new ParameterError("werknemers", "moet tussen 0 en " + MAX_EMPLOYEES + " liggen"));
        } else if (employees == null && statute == Statute.WERKGEVER) {
            errors.add(new ParameterError("werknemers", "ontbreekt; een werkgever geeft het aantal werknemers op"));
        } else if (employees == null && statute == Statute.ZELFSTANDIGE) {
            employees = 0;
        }
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        String sector = blankToNull(body.sector());
        if (sector != null && terms.sector(sector).isEmpty()) {
            errors.add(new ParameterError("sector", "'" + sector + "' bestaat niet; zie /api/v1/taxonomieen"));
        }
        String region = blankToNull(body.regio());
        if (region != null && terms.region(region).isEmpty()) {
            errors.add(new ParameterError("regio", "'" + region + "' bestaat niet; zie /api/v1/taxonomieen"));
        }
        List<String> themes = body.thema() == null ? List.of() : body.thema();
        if (themes.size() > MAX_FINDER_THEMES) {
            errors.add(new ParameterError("thema", "heeft meer dan " + MAX_FINDER_THEMES + " waarden"));
        }
        themes.stream()
                .filter(code -> code == null || terms.theme(code).isEmpty())
                .forEach(code -> errors.add(
                        new ParameterError("thema", "'" + code + "' bestaat niet; zie /api/v1/taxonomieen")));
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors);
        }
        return new Situation(statute, employees, sector, region, Set.copyOf(themes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- agenda ---------------------------------------------------------------------------------------------

    public ApiModel.AgendaResponse agenda(Addresses at) {
        Agenda current = agenda.agenda();
        List<ItemSummary> upcoming = summaries(current.upcoming(), at);
        return new ApiModel.AgendaResponse(
                current.spotlight()
                        .map(hit -> summaries(List.of(hit), at))
                        .filter(list -> !list.isEmpty())
                        .map(List::getFirst)
                        .orElse(null),
                upcoming,
                summaries(current.past(), at));
    }
}
