package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.Markdown;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.Facts;
import be.wegwijzer.base.ui.Html;
import be.wegwijzer.catalog.ui.ItemCards;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.ActivityDetails;
import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.MeasureDetails;
import be.wegwijzer.catalog.OrganisationDetails;
import be.wegwijzer.catalog.PracticeDetails;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.catalog.ToolDetails;
import be.wegwijzer.itempage.Bundle;
import be.wegwijzer.itempage.BundleService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import java.util.List;
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
        Optional<ItemPage> page = event.getRouteParameters().get("type").flatMap(ItemType::fromSegment)
                .flatMap(type -> event.getRouteParameters().get("slug").flatMap(slug -> catalog.publishedPage(type, slug)));
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
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

    private void render(ItemPage page) {
        removeAll();
        Item item = page.item();
        title = item.getTitle();
        LocalDate today = LocalDate.now(clock);

        Anchor typeLink = new Anchor("/zoeken?type=" + item.getType().segment(), item.getType().label());
        typeLink.addClassNames("badge", "badge-" + item.getType().segment());
        Div header = new Div(typeLink, new H1(item.getTitle()));
        header.addClassName("item-header");
        Paragraph lead = new Paragraph(item.getSummary());
        lead.addClassName("lead");
        add(header, lead);

        if (item.verification().isNeedsVerification()) {
            Paragraph verify = new Paragraph(getTranslation("item.verify", item.verification().getVerificationNote()));
            verify.addClassName("notice");
            verify.getElement().setAttribute("role", "note");
            add(verify);
        }

        Div layout = new Div();
        layout.addClassName("item-layout");
        Div content = new Div();
        content.addClassName("item-content");
        Facts facts = typeFacts(item, today);
        if (!facts.isEmpty()) {
            Section factsSection = new Section(new H2(getTranslation("item.facts.heading")), facts);
            factsSection.addClassName("item-facts");
            content.add(factsSection);
        }
        content.add(Html.of(Markdown.toSafeHtml(item.getBody()), "item-body"));
        if (!page.offers().isEmpty()) {
            content.add(cardSection(getTranslation("item.offers.heading"), page.offers()));
        }
        for (Bundle bundle : bundles.bundles(page)) {
            Section section = new Section(new H2(getTranslation(bundle.kind().headingKey())), ItemCards.list(bundle.items()));
            section.addClassNames("related", "bundle-" + bundle.kind().name().toLowerCase(java.util.Locale.ROOT));
            content.add(section);
        }
        layout.add(content, sidebar(item));
        add(layout);
    }

    /** The facts beside the text. A div, not an aside: an aside inside the main landmark is a nested landmark. */
    private Div sidebar(Item item) {
        Facts classification = new Facts();
        if (item.getOwner() != null && item.getOwner().isPublished()) { // an archived organisation has no page to link to
            classification.add(getTranslation("item.owner"), new Anchor(item.getOwner().path(), item.getOwner().getTitle()));
        }
        classification.add(getTranslation("item.themes"), themeLinks(item));
        classification.add(getTranslation("item.audiences"), item.classification().getAudiences().stream().map(Audience::getLabel).toList());
        classification.add(getTranslation("item.sectors"), item.classification().isAllSectors() ? getTranslation("item.sectors.all")
                : String.join(", ", item.classification().getSectors().stream().map(Sector::labelWithJointCommittees).toList()));
        classification.add(getTranslation("item.regions"), item.classification().getRegions().stream().map(Region::getLabel).toList());
        classification.add(getTranslation("item.sizes"), item.classification().getSizes().stream().sorted().map(CompanySize::label).toList());
        classification.add(getTranslation("item.level"), label(item.classification().getLevel()));
        classification.add(getTranslation("item.cost"), label(item.classification().getCost()));
        Div aside = new Div();
        aside.addClassName("item-aside");
        aside.add(classification);

        if (!item.getLinks().isEmpty()) {
            UnorderedList links = new UnorderedList();
            links.addClassName("link-list");
            item.getLinks().forEach(l -> links.add(new ListItem(external(l.url(), l.label()))));
            aside.add(new Section(new H2(getTranslation("item.links.heading")), links));
        }
        Facts source = new Facts()
                .add(getTranslation("item.source"), item.verification().getSource())
                .add(getTranslation("item.lastverified"), DutchFormat.date(item.verification().getLastVerified()))
                .add(getTranslation("item.reviewby"), DutchFormat.date(item.verification().getReviewBy()));
        Section sourceSection = new Section(new H2(getTranslation("item.source.heading")), source);
        sourceSection.addClassName("item-source");
        aside.add(sourceSection);
        return aside;
    }

    private Div themeLinks(Item item) {
        Div links = new Div();
        links.addClassName("chips");
        item.classification().getThemes().stream().sorted(java.util.Comparator.comparing(Theme::getSortOrder)).forEach(theme ->
                links.add(new Anchor("/thema/" + encode(theme.getCode()), theme.getLabel())));
        return links.getChildren().findAny().isPresent() ? links : null;
    }

    private Facts typeFacts(Item item, LocalDate today) {
        return switch (item.getType()) {
            case MAATREGEL -> measureFacts(item.measure(), today);
            case PRAKTIJK -> practiceFacts(item.practice());
            case TOOL -> toolFacts(item.tool());
            case ORGANISATIE -> organisationFacts(item.organisation());
            case ACTIVITEIT -> activityFacts(item.activity(), today);
            case FICHE -> new Facts();
        };
    }

    private Facts measureFacts(MeasureDetails m, LocalDate today) {
        Facts facts = new Facts()
                .add(getTranslation("item.measure.validity"), validity(m, today))
                .add(getTranslation("item.measure.kind"), label(m.getKind()))
                .add(getTranslation("item.measure.competence"), label(m.getCompetence()));
        StringBuilder support = new StringBuilder();
        if (m.getMaxEur() != null) {
            support.append(getTranslation("item.measure.max", DutchFormat.euro(m.getMaxEur())));
        }
        if (m.getPercentage() != null) {
            support.append(support.isEmpty() ? "" : ", ").append(getTranslation("item.measure.percentage", m.getPercentage()));
        }
        if (m.getSupportForm() != null) {
            support.append(support.isEmpty() ? "" : ". ").append(m.getSupportForm());
        }
        facts.add(getTranslation("item.measure.support"), support.toString());
        facts.add(getTranslation("item.measure.apply"), m.getApplyWho());
        if (m.getApplyUrl() != null && !m.isEnded(today)) {
            facts.add(getTranslation("item.measure.applyhere"), external(m.getApplyUrl(), getTranslation("item.measure.applylink")));
        }
        if (m.getReplacedBy() != null && m.getReplacedBy().isPublished()) {
            facts.add(getTranslation("item.measure.replacedby"), new Anchor(m.getReplacedBy().path(), m.getReplacedBy().getTitle()));
        }
        facts.add(getTranslation("item.measure.statute"), m.getStatutes().stream().map(Coded::label).toList());
        facts.add(getTranslation("item.measure.employees"), employees(m));
        facts.add(getTranslation("item.measure.conditionsectors"), m.getSectors().stream().map(Sector::labelWithJointCommittees).toList());
        facts.add(getTranslation("item.measure.conditionregions"), m.getRegions().stream().map(Region::getLabel).toList());
        if (!m.getSelfChecks().isEmpty()) {
            UnorderedList checks = new UnorderedList();
            m.getSelfChecks().forEach(c -> checks.add(new ListItem(c)));
            facts.add(getTranslation("item.measure.selfchecks"), checks);
        }
        return facts;
    }

    private String validity(MeasureDetails m, LocalDate today) {
        if (m.isEnded(today)) {
            return getTranslation("item.measure.ended", DutchFormat.date(m.getValidUntil()));
        }
        if (m.isUpcoming(today)) {
            return getTranslation("item.measure.upcoming", DutchFormat.date(m.getValidFrom()));
        }
        if (m.getValidUntil() != null) {
            return getTranslation("item.measure.openuntil", DutchFormat.date(m.getValidUntil()));
        }
        return m.getValidFrom() != null ? getTranslation("item.measure.from", DutchFormat.date(m.getValidFrom()))
                : getTranslation("item.measure.open");
    }

    private String employees(MeasureDetails m) {
        if (m.getMinEmployees() != null && m.getMaxEmployees() != null) {
            return getTranslation("item.measure.employees.range", m.getMinEmployees(), m.getMaxEmployees());
        }
        if (m.getMinEmployees() != null) {
            return getTranslation("item.measure.employees.min", m.getMinEmployees());
        }
        return m.getMaxEmployees() == null ? null : getTranslation("item.measure.employees.max", m.getMaxEmployees());
    }

    private Facts practiceFacts(PracticeDetails p) {
        StringBuilder who = new StringBuilder();
        append(who, p.getCompany());
        append(who, p.getSector() == null ? null : p.getSector().getLabel());
        append(who, label(p.getSize()));
        append(who, p.getRegion() == null ? null : p.getRegion().getLabel());
        return new Facts()
                .add(getTranslation("item.practice.who"), who.toString())
                .add(getTranslation("item.practice.investment"), p.getInvestmentEur() == null ? null : DutchFormat.euro(p.getInvestmentEur()))
                .add(getTranslation("item.practice.duration"), p.getDuration())
                .add(getTranslation("item.practice.result"), p.getResult())
                .add(getTranslation("item.practice.businesscase"), p.getBusinessCase());
    }

    private Facts toolFacts(ToolDetails t) {
        return new Facts()
                .add(getTranslation("item.tool.form"), label(t.getForm()))
                .add(getTranslation("item.tool.duration"), t.getDuration())
                .add(getTranslation("item.tool.languages"), t.getLanguages().stream().map(ItemView::languageName).toList());
    }

    private Facts organisationFacts(OrganisationDetails o) {
        Facts facts = new Facts()
                .add(getTranslation("item.organisation.kind"), label(o.getKind()))
                .add(getTranslation("item.organisation.area"), o.getWorkArea().stream().map(Region::getLabel).toList());
        if (o.getWeb() != null) {
            Anchor web = external(o.getWeb(), o.getWeb().replaceFirst("^https?://", ""));
            web.addClassName("shows-address"); // its text is the address: print it once
            facts.add(getTranslation("item.organisation.web"), web);
        }
        if (o.getEmail() != null) {
            facts.add(getTranslation("item.organisation.email"), new Anchor("mailto:" + o.getEmail(), o.getEmail()));
        }
        if (o.getPhone() != null) {
            facts.add(getTranslation("item.organisation.phone"), new Anchor("tel:" + o.getPhone().replaceAll("[^+0-9]", ""), o.getPhone()));
        }
        return facts;
    }

    private Facts activityFacts(ActivityDetails a, LocalDate today) {
        String when = DutchFormat.date(a.getStart())
                + (a.getEnd() != null && !a.getEnd().equals(a.getStart()) ? " – " + DutchFormat.date(a.getEnd()) : "");
        if (a.isPast(today)) {
            when += ". " + getTranslation("item.activity.past");
        }
        Facts facts = new Facts()
                .add(getTranslation("item.activity.when"), when)
                .add(getTranslation("item.activity.kind"), label(a.getKind()))
                .add(getTranslation("item.activity.where"), Boolean.TRUE.equals(a.getOnline())
                        ? join(getTranslation("item.activity.online"), a.getLocation()) : a.getLocation());
        if (a.getRegisterUrl() != null && !a.isPast(today)) {
            facts.add(getTranslation("item.activity.register"), external(a.getRegisterUrl(), getTranslation("item.activity.register")));
        }
        return facts;
    }

    private Section cardSection(String heading, List<ItemCard> items) {
        Section section = new Section(new H2(heading), ItemCards.list(items));
        section.addClassName("related");
        return section;
    }

    private static Anchor external(String url, String text) {
        Anchor anchor = new Anchor(url, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.addClassName("external");
        return anchor;
    }

    private static String label(Coded value) {
        return value == null ? null : value.label();
    }

    private static String languageName(String code) {
        return switch (code) {
            case "nl" -> "Nederlands";
            case "fr" -> "Frans";
            case "en" -> "Engels";
            case "de" -> "Duits";
            default -> code;
        };
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : " · ").append(part);
        }
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + " · " + b;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
