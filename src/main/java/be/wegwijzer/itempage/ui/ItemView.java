package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.Markdown;
import be.wegwijzer.base.ui.AskOffer;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.Facts;
import be.wegwijzer.base.ui.Html;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.Trust;
import be.wegwijzer.catalog.Verification;
import be.wegwijzer.catalog.WithdrawnItem;
import be.wegwijzer.catalog.ui.ItemCards;
import be.wegwijzer.catalog.ui.TrustLine;
import be.wegwijzer.feeds.FeedPaths;
import be.wegwijzer.itempage.Bundle;
import be.wegwijzer.itempage.BundleService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The public page of one item: {@code /{type}/{slug}}, every field in a readable layout. */
@Route(value = ":type/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class ItemView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final BundleService bundles;
    private final Clock clock;
    private String title = "";

    ItemView(CatalogService catalog, BundleService bundles, Clock clock) {
        this.catalog = catalog;
        this.bundles = bundles;
        this.clock = clock;
        addClassName("item-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ItemPage> page = event.getRouteParameters()
                .get("type")
                .flatMap(ItemType::fromSegment)
                .flatMap(type ->
                        event.getRouteParameters().get("slug").flatMap(slug -> catalog.publishedPage(type, slug)));
        if (page.isEmpty()) {
            Optional<WithdrawnItem> withdrawn = event.getRouteParameters()
                    .get("type")
                    .flatMap(ItemType::fromSegment)
                    .flatMap(type ->
                            event.getRouteParameters().get("slug").flatMap(slug -> catalog.withdrawn(type, slug)));
            if (withdrawn.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            renderGone(withdrawn.get());
            return;
        }
        render(page.get());
    }

    /** Renders any page; the preview of drafts uses the very same rendering. */
    void show(ItemPage page) {
        render(page);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("item.pagetitle", title);
    }

    /**
     * An item that was withdrawn: where to go instead. The first response already answered 410 Gone (seo); this is the
     * same message for the reader.
     */
    private void renderGone(WithdrawnItem withdrawn) {
        removeAll();
        title = getTranslation("item.gone.title");
        add(new H1(getTranslation("item.gone.title")));
        add(new Paragraph(getTranslation("item.gone.text", withdrawn.title())));
        UnorderedList next = new UnorderedList();
        next.addClassName("link-list");
        if (withdrawn.replacement() != null) {
            next.add(new ListItem(new Anchor(
                    withdrawn.replacement().path(),
                    getTranslation(
                            "item.gone.replacement", withdrawn.replacement().title()))));
        }
        next.add(new ListItem(new Anchor("/zoeken", getTranslation("notfound.all"))));
        add(next);
    }

    private void render(ItemPage page) {
        removeAll();
        Item item = page.item();
        title = item.getTitle();
        LocalDate today = LocalDate.now(clock);

        Anchor typeLink = new Anchor(
                "/zoeken?type=" + item.getType().segment(), item.getType().label());
        typeLink.addClassNames("badge", "badge-" + item.getType().segment());
        Div header = new Div(typeLink, new H1(item.getTitle()));
        header.addClassName("item-header");
        Paragraph lead = new Paragraph(item.getSummary());
        lead.addClassName("lead");
        Trust trust = Trust.of(item);
        Paragraph trustLine = new Paragraph(TrustLine.of(this, trust));
        trustLine.addClassName("item-trust");
        add(header, lead, trustLine);

        if (item.verification().isNeedsVerification()) {
            Paragraph verify = new Paragraph(
                    getTranslation("item.verify", item.verification().getVerificationNote()));
            verify.addClassName("notice");
            verify.getElement().setAttribute("role", "note");
            add(verify);
        }

        Div layout = new Div();
        layout.addClassName("item-layout");
        Div content = new Div();
        content.addClassName("item-content");
        TypeFacts facts = TypeFacts.of(item, today);
        if (!facts.isEmpty()) {
            Section factsSection = new Section(new H2(getTranslation("item.facts.heading")), facts);
            factsSection.addClassName("item-facts");
            content.add(factsSection);
        }
        LocalDate deadline = item.details().deadline();
        if (item.getType() == ItemType.MAATREGEL && deadline != null && !deadline.isBefore(today)) {
            Paragraph remind = new Paragraph(
                    new Anchor(AlertPaths.remind(item.getSlug()), getTranslation("alerts.link.deadline")));
            remind.addClassName("alert-link");
            content.add(remind);
        }
        calendarLink(item, today).ifPresent(content::add);
        content.add(Html.of(Markdown.toSafeHtml(item.getBody()), "item-body"));
        facts.sections().forEach(content::add);
        if (!page.offers().isEmpty()) {
            content.add(cardSection(getTranslation("item.offers.heading"), page.offers()));
        }
        for (Bundle bundle : bundles.bundles(page)) {
            Section section =
                    new Section(new H2(getTranslation(bundle.kind().headingKey())), ItemCards.list(bundle.items()));
            section.addClassNames("related", "bundle-" + bundle.kind().name().toLowerCase(Locale.ROOT));
            content.add(section);
        }
        content.add(askOffer(item));
        layout.add(content, sidebar(item));
        add(layout);
    }

    /** "Stel je vraag", with the item's theme, and its sector and region when it has exactly one. */
    private static AskOffer askOffer(Item item) {
        Map<String, String> codes = new LinkedHashMap<>();
        item.classification().getThemes().stream().findFirst().ifPresent(t -> codes.put("thema", t.getCode()));
        if (item.classification().getSectors().size() == 1) {
            codes.put(
                    "sector",
                    item.classification().getSectors().iterator().next().getCode());
        }
        if (item.classification().getRegions().size() == 1) {
            codes.put(
                    "regio",
                    item.classification().getRegions().iterator().next().getCode());
        }
        return new AskOffer(codes, false);
    }

    /** The facts beside the text. A div, not an aside: an aside inside the main landmark is a nested landmark. */
    private Div sidebar(Item item) {
        Facts classification = new Facts();
        if (item.getOwner() != null
                && item.getOwner().isPublished()) { // an archived organisation has no page to link to
            classification.add(
                    getTranslation("item.owner"),
                    new Anchor(item.getOwner().path(), item.getOwner().getTitle()));
        }
        classification.add(getTranslation("item.themes"), themeLinks(item));
        classification.add(
                getTranslation("item.audiences"),
                item.classification().getAudiences().stream()
                        .map(Audience::getLabel)
                        .toList());
        classification.add(
                getTranslation("item.sectors"),
                item.classification().isAllSectors()
                        ? getTranslation("item.sectors.all")
                        : String.join(
                                ", ",
                                item.classification().getSectors().stream()
                                        .map(Sector::labelWithJointCommittees)
                                        .toList()));
        classification.add(
                getTranslation("item.regions"),
                item.classification().getRegions().stream()
                        .map(Region::getLabel)
                        .toList());
        classification.add(
                getTranslation("item.sizes"),
                item.classification().getSizes().stream()
                        .sorted()
                        .map(CompanySize::label)
                        .toList());
        classification.add(
                getTranslation("item.level"),
                TypeFacts.label(item.classification().getLevel()));
        classification.add(
                getTranslation("item.cost"),
                TypeFacts.label(item.classification().getCost()));
        Div aside = new Div();
        aside.addClassName("item-aside");
        aside.add(classification);

        if (!item.getLinks().isEmpty()) {
            UnorderedList links = new UnorderedList();
            links.addClassName("link-list");
            item.getLinks().forEach(l -> links.add(new ListItem(TypeFacts.external(l.url(), l.label()))));
            aside.add(new Section(new H2(getTranslation("item.links.heading")), links));
        }
        Trust trust = Trust.of(item);
        Verification verification = item.verification();
        Facts source = new Facts()
                .add(
                        getTranslation("item.source"),
                        verification.getSourceAddress() == null
                                ? new Span(verification.getSource())
                                : TypeFacts.external(verification.getSourceAddress(), verification.getSource()))
                .add(
                        getTranslation("item.sourcedate"),
                        trust.source().map(TrustLine::sourceDate).orElse(null))
                .add(
                        getTranslation("item.verified"),
                        trust.verified() ? TrustLine.of(this, trust) : new Span(getTranslation("item.notverified")))
                .add(getTranslation("item.reviewby"), DutchFormat.date(verification.getReviewBy()));
        Section sourceSection = new Section(new H2(getTranslation("item.source.heading")), source);
        sourceSection.addClassName("item-source");
        aside.add(sourceSection);
        return aside;
    }

    /** "Zet in je agenda": an activity, or a measure whose closing date is still to come, as a calendar file. */
    private Optional<Paragraph> calendarLink(Item item, LocalDate today) {
        boolean hasEvent = switch (item.getType()) {
            case ACTIVITEIT -> item.activity().getStart() != null;
            case MAATREGEL -> item.measure().hasComingDeadline(today);
            default -> false;
        };
        if (!hasEvent) {
            return Optional.empty();
        }
        Anchor link = new Anchor(FeedPaths.event(item.getType(), item.getSlug()), getTranslation("item.calendar"));
        link.getElement().setAttribute("download", "");
        link.getElement().setAttribute("type", "text/calendar");
        link.setRouterIgnore(true);
        Paragraph paragraph = new Paragraph(link);
        paragraph.addClassName("calendar-link");
        return Optional.of(paragraph);
    }

    private Div themeLinks(Item item) {
        Div links = new Div();
        links.addClassName("chips");
        item.classification().getThemes().stream()
                .sorted(Comparator.comparing(Theme::getSortOrder))
                .forEach(theme -> links.add(new Anchor("/thema/" + encode(theme.getCode()), theme.getLabel())));
        return links.getChildren().findAny().isPresent() ? links : null;
    }

    private Section cardSection(String heading, List<ItemCard> items) {
        Section section = new Section(new H2(heading), ItemCards.list(items));
        section.addClassName("related");
        return section;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
