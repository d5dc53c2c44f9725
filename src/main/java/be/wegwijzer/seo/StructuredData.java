package be.wegwijzer.seo;

import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.PublicationDetails;
import be.wegwijzer.catalog.PublicationKind;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.security.ScriptData;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org descriptions of a page as JSON-LD (one small map per node, written by Jackson): what a search engine or
 * a link-preview bot reads about the item beside its text. One node per page type, an {@code FAQPage} for a
 * measure's or tool's questions and a {@code BreadcrumbList} everywhere.
 */
final class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {}

    /** The JSON text for a {@code <script type="application/ld+json">}: nothing in it can end the script element. */
    static String toScript(Map<String, Object> node) {
        return ScriptData.encodeJson(JSON.writeValueAsString(node));
    }

    /** The node that describes the item itself, by type. */
    static Map<String, Object> item(Item item, String url, String base) {
        Map<String, Object> node = switch (item.getType()) {
            case MAATREGEL -> measure(item, base);
            case ACTIVITEIT -> activity(item, base);
            case ORGANISATIE -> organisation(item);
            case TOOL, FICHE, PRAKTIJK -> creativeWork(item, base);
            case PUBLICATIE -> publication(item, base);
        };
        node.put("name", item.getTitle());
        node.put("description", item.getSummary());
        node.put("url", url);
        node.put("inLanguage", "nl-BE");
        return node;
    }

    /** A measure's or tool's questions and answers, or null when it has none. */
    static Map<String, Object> faq(List<FaqEntry> faq) {
        if (faq.isEmpty()) {
            return null;
        }
        Map<String, Object> node = node("FAQPage");
        node.put(
                "mainEntity",
                faq.stream()
                        .map(entry -> {
                            Map<String, Object> answer = node("Answer", false);
                            answer.put("text", entry.answer());
                            Map<String, Object> question = node("Question", false);
                            question.put("name", entry.question());
                            question.put("acceptedAnswer", answer);
                            return question;
                        })
                        .toList());
        return node;
    }

    static Map<String, Object> breadcrumbs(List<Crumb> crumbs, String base) {
        Map<String, Object> node = node("BreadcrumbList");
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> element = node("ListItem", false);
            element.put("position", i + 1);
            element.put("name", crumbs.get(i).name());
            element.put("item", base + crumbs.get(i).path());
            elements.add(element);
        }
        node.put("itemListElement", elements);
        return node;
    }

    /** The portal itself, with its search, on the home page. */
    static Map<String, Object> website(String name, String description, String base) {
        Map<String, Object> node = node("WebSite");
        node.put("name", name);
        node.put("description", description);
        node.put("url", base + "/");
        node.put("inLanguage", "nl-BE");
        Map<String, Object> action = node("SearchAction", false);
        action.put("target", base + "/zoeken?q={search_term_string}");
        action.put("query-input", "required name=search_term_string");
        node.put("potentialAction", action);
        return node;
    }

    /** A page of the portal that is not an item: a theme, an audience, the search… */
    static Map<String, Object> webPage(String type, String name, String description, String url) {
        Map<String, Object> node = node(type);
        node.put("name", name);
        node.put("description", description);
        node.put("url", url);
        node.put("inLanguage", "nl-BE");
        return node;
    }

    /**
     * A public measure: a government service when a government runs it, a service otherwise (a sector fund is not a
     * government), with who provides it, where, for whom and when one can apply (the offer's validity).
     */
    private static Map<String, Object> measure(Item item, String base) {
        MeasureDetails m = item.measure();
        boolean government = m.getCompetence() != Competence.SECTORAAL;
        Map<String, Object> node = node(government ? "GovernmentService" : "Service");
        if (m.getKind() != null) {
            node.put("serviceType", m.getKind().label());
        }
        putOrganisation(node, "provider", item, base);
        Set<Region> regions = m.getRegions().isEmpty() ? item.classification().getRegions() : m.getRegions();
        List<Map<String, Object>> areas = places(regions);
        if (!areas.isEmpty()) {
            node.put("areaServed", areas);
        }
        putAudience(node, item);
        Map<String, Object> offer = node("Offer", false);
        offer.put("name", item.getTitle());
        offer.put("url", m.getApplyUrl() != null ? m.getApplyUrl() : base + item.path());
        if (m.getValidFrom() != null) {
            offer.put("validFrom", m.getValidFrom().toString());
        }
        if (m.getValidUntil() != null) {
            offer.put("validThrough", m.getValidUntil().toString());
        }
        if (!areas.isEmpty()) {
            offer.put("eligibleRegion", areas);
        }
        node.put("offers", offer);
        return node;
    }

    private static Map<String, Object> activity(Item item, String base) {
        ActivityDetails a = item.activity();
        Map<String, Object> node = node("Event");
        if (a.getStart() != null) {
            node.put("startDate", a.getStart().toString());
            node.put("endDate", a.lastDay().toString());
        }
        node.put("eventStatus", CONTEXT + "/EventScheduled");
        boolean online = Boolean.TRUE.equals(a.getOnline());
        boolean onSite = a.getLocation() != null && !a.getLocation().isBlank();
        List<Map<String, Object>> locations = new ArrayList<>();
        if (onSite) {
            Map<String, Object> place = node("Place", false);
            place.put("name", a.getLocation());
            place.put("address", a.getLocation());
            locations.add(place);
        }
        if (online) {
            Map<String, Object> virtual = node("VirtualLocation", false);
            virtual.put("url", a.getRegisterUrl() != null ? a.getRegisterUrl() : base + item.path());
            locations.add(virtual);
        }
        if (!locations.isEmpty()) {
            node.put("location", locations.size() == 1 ? locations.getFirst() : locations);
            node.put(
                    "eventAttendanceMode",
                    CONTEXT
                            + (online && onSite
                                    ? "/MixedEventAttendanceMode"
                                    : online ? "/OnlineEventAttendanceMode" : "/OfflineEventAttendanceMode"));
        }
        putOrganisation(node, "organizer", item, base);
        if (a.getRegisterUrl() != null) {
            Map<String, Object> offer = node("Offer", false);
            offer.put("url", a.getRegisterUrl());
            node.put("offers", offer);
        }
        putAudience(node, item);
        return node;
    }

    private static Map<String, Object> organisation(Item item) {
        OrganisationDetails o = item.organisation();
        Map<String, Object> node = node("Organization");
        if (o.getWeb() != null) {
            node.put("sameAs", o.getWeb());
        }
        if (o.getEmail() != null) {
            node.put("email", o.getEmail());
        }
        if (o.getPhone() != null) {
            node.put("telephone", o.getPhone());
        }
        List<Map<String, Object>> areas = places(o.getWorkArea());
        if (!areas.isEmpty()) {
            node.put("areaServed", areas);
        }
        return node;
    }

    /** Tools, fiches and practices: works with an author organisation and their dates. */
    private static Map<String, Object> creativeWork(Item item, String base) {
        Map<String, Object> node = node("CreativeWork");
        node.put("genre", item.getType().label());
        putOrganisation(node, "author", item, base);
        Instant published =
                item.publication().getPublishedAt() != null ? item.publication().getPublishedAt() : item.getCreatedAt();
        node.put("datePublished", date(published));
        node.put("dateModified", date(item.getUpdatedAt()));
        List<String> about = item.classification().getThemes().stream()
                .sorted(Comparator.comparing(Theme::getSortOrder))
                .map(Theme::getLabel)
                .toList();
        if (!about.isEmpty()) {
            node.put("keywords", String.join(", ", about));
        }
        putAudience(node, item);
        return node;
    }

    /**
     * A library item: a law or regulation as {@code Legislation}, a research report as {@code Report}, the rest as a
     * creative work; the publisher by name (it is often not an organisation of the portal) and the publication year.
     */
    private static Map<String, Object> publication(Item item, String base) {
        Map<String, Object> node = creativeWork(item, base);
        PublicationDetails p = item.publicationDetails();
        if (p.getKind() == PublicationKind.REGELGEVING) {
            node.put("@type", "Legislation");
        } else if (p.getKind() == PublicationKind.ONDERZOEKSRAPPORT) {
            node.put("@type", "Report");
        }
        if (p.getKind() != null) {
            node.put("genre", p.getKind().label());
        }
        if (p.getPublisher() != null) {
            Map<String, Object> publisher = node("Organization", false);
            publisher.put("name", p.getPublisher());
            node.put("publisher", publisher);
        }
        if (p.getYear() != null) {
            node.put("datePublished", Integer.toString(p.getYear()));
        }
        if (p.getUrl() != null) {
            node.put("sameAs", p.getUrl());
        }
        return node;
    }

    private static void putOrganisation(Map<String, Object> node, String property, Item item, String base) {
        Item owner = item.getOwner();
        if (owner != null && owner.isPublished()) {
            Map<String, Object> organisation = node("Organization", false);
            organisation.put("name", owner.getTitle());
            organisation.put("url", base + owner.path());
            node.put(property, organisation);
        }
    }

    private static void putAudience(Map<String, Object> node, Item item) {
        List<String> audiences = item.classification().getAudiences().stream()
                .sorted(Comparator.comparing(Audience::getSortOrder))
                .map(Audience::getLabel)
                .toList();
        if (!audiences.isEmpty()) {
            Map<String, Object> audience = node("Audience", false);
            audience.put("audienceType", String.join(", ", audiences));
            node.put("audience", audience);
        }
    }

    private static List<Map<String, Object>> places(Collection<Region> regions) {
        return regions.stream()
                .sorted(Comparator.comparing(Region::getLabel))
                .map(region -> {
                    Map<String, Object> place = node("AdministrativeArea", false);
                    place.put("name", region.getLabel());
                    return place;
                })
                .toList();
    }

    private static String date(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static Map<String, Object> node(String type) {
        return node(type, true);
    }

    private static Map<String, Object> node(String type, boolean top) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (top) {
            node.put("@context", CONTEXT);
        }
        node.put("@type", type);
        return node;
    }
}
