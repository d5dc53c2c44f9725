package be.wegwijzer.whohelps.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.OrganisationContact;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.search.Facet;
import be.wegwijzer.whohelps.WhoHelpsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code /wie-helpt}: a neutral guide to organisations, filtered by what the visitor needs. */
@Route(value = "wie-helpt", layout = MainLayout.class)
@Menu(title = "nav.helpers", order = 40)
@PageTitle("Wie helpt? | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class WhoHelpsView extends Div implements BeforeEnterObserver {

    static final String SEED_ATTRIBUTE = "wie-helpt-volgorde";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WhoHelpsService service;
    private final TaxonomyService.Snapshot terms;
    final ComboBox<TaxonomyService.Term> theme = new ComboBox<>();
    final ComboBox<TaxonomyService.Term> sector = new ComboBox<>();
    final ComboBox<TaxonomyService.Term> region = new ComboBox<>();
    final Select<CompanySize> size = new Select<>();
    final Select<OrganisationKind> kind = new Select<>();
    private final Div results = new Div();
    List<WhoHelpsService.Helper> helpers = List.of();
    private boolean filling;

    WhoHelpsView(WhoHelpsService service, TaxonomyService taxonomy) {
        this.service = service;
        this.terms = taxonomy.snapshot();
        addClassName("who-helps-page");
        add(
                new H1(getTranslation("whohelps.title")),
                new Paragraph(getTranslation("whohelps.intro")),
                filters(),
                results);
    }

    private Component filters() {
        theme.setLabel(getTranslation("whohelps.theme"));
        theme.setItems(terms.themes());
        theme.setItemLabelGenerator(TaxonomyService.Term::label);
        sector.setLabel(getTranslation("finder.sector.label"));
        sector.setItems(terms.sectors());
        sector.setItemLabelGenerator(TaxonomyService.Term::label);
        region.setLabel(getTranslation("whohelps.region"));
        region.setItems(terms.regions().stream().filter(r -> r.depth() > 0).toList());
        region.setItemLabelGenerator(TaxonomyService.Term::label);
        size.setLabel(getTranslation("whohelps.size"));
        size.setItems(CompanySize.values());
        size.setItemLabelGenerator(s -> s == null ? getTranslation("whohelps.any") : s.label());
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption(getTranslation("whohelps.any"));
        kind.setLabel(getTranslation("whohelps.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("whohelps.any") : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("whohelps.any"));
        for (ComboBox<TaxonomyService.Term> box : List.of(theme, sector, region)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> navigate());
        }
        size.addValueChangeListener(e -> navigate());
        kind.addValueChangeListener(e -> navigate());
        Div grid = new Div(theme, sector, region, size, kind);
        grid.addClassName("form-grid");
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        filling = true;
        theme.setValue(first(p, "thema").flatMap(terms::theme).orElse(null));
        sector.setValue(first(p, "sector").flatMap(terms::sector).orElse(null));
        region.setValue(first(p, "regio").flatMap(terms::region).orElse(null));
        size.setValue(first(p, "grootte")
                .flatMap(c -> Arrays.stream(CompanySize.values())
                        .filter(s -> s.code().equals(c))
                        .findFirst())
                .orElse(null));
        kind.setValue(first(p, "soort")
                .flatMap(c -> Arrays.stream(OrganisationKind.values())
                        .filter(k -> k.code().equals(c))
                        .findFirst())
                .orElse(null));
        filling = false;
        show();
    }

    private void navigate() {
        if (filling) {
            return;
        }
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "thema", theme.getValue() == null ? null : theme.getValue().code());
        put(p, "sector", sector.getValue() == null ? null : sector.getValue().code());
        put(p, "regio", region.getValue() == null ? null : region.getValue().code());
        put(p, "grootte", size.getValue() == null ? null : size.getValue().code());
        put(p, "soort", kind.getValue() == null ? null : kind.getValue().code());
        getUI().ifPresent(ui -> ui.navigate("wie-helpt", new QueryParameters(p)));
    }

    private void show() {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        if (theme.getValue() != null) {
            filters.put(Facet.THEME, Set.of(theme.getValue().code()));
        }
        if (sector.getValue() != null) {
            filters.put(Facet.SECTOR, Set.of(sector.getValue().code()));
        }
        if (region.getValue() != null) {
            filters.put(Facet.REGION, Set.of(region.getValue().code()));
        }
        if (size.getValue() != null) {
            filters.put(Facet.SIZE, Set.of(size.getValue().code()));
        }
        if (kind.getValue() != null) {
            filters.put(Facet.KIND, Set.of(kind.getValue().code()));
        }
        helpers = service.find(filters, seed());
        results.removeAll();
        Paragraph status = new Paragraph(getTranslation("whohelps.count", helpers.size()));
        status.addClassName("result-status");
        status.getElement().setAttribute("role", "status");
        Paragraph neutral = new Paragraph(getTranslation("whohelps.order"));
        neutral.addClassName("muted");
        results.add(status, neutral);
        UnorderedList list = new UnorderedList();
        list.addClassName("helper-list");
        helpers.forEach(h -> list.add(new ListItem(card(h))));
        results.add(list);
    }

    private Article card(WhoHelpsService.Helper helper) {
        Article card = new Article();
        card.addClassName("helper");
        OrganisationContact contact = helper.contact();
        if (contact != null && contact.kind() != null) {
            Span badge = new Span(contact.kind());
            badge.addClassNames("badge", "badge-organisatie");
            card.add(badge);
        }
        card.add(
                new H2(new Anchor(
                        helper.organisation().path(), helper.organisation().title())),
                new Paragraph(helper.organisation().summary()));
        if (contact != null) {
            UnorderedList reach = new UnorderedList();
            reach.addClassName("contact-list");
            if (contact.web() != null) {
                Anchor web = new Anchor(contact.web(), contact.web().replaceFirst("^https?://", ""));
                web.setTarget(AnchorTarget.BLANK);
                web.getElement().setAttribute("rel", "noopener noreferrer");
                reach.add(new ListItem(web));
            }
            if (contact.email() != null) {
                reach.add(new ListItem(new Anchor("mailto:" + contact.email(), contact.email())));
            }
            if (contact.phone() != null) {
                reach.add(
                        new ListItem(new Anchor("tel:" + contact.phone().replaceAll("[^+0-9]", ""), contact.phone())));
            }
            if (!contact.workArea().isEmpty()) {
                reach.add(new ListItem(getTranslation("whohelps.area", String.join(", ", contact.workArea()))));
            }
            if (reach.getChildren().findAny().isPresent()) {
                card.add(reach);
            }
        }
        return card;
    }

    /** One shuffle per visitor session: the list does not jump around while they filter. */
    private static long seed() {
        VaadinSession session = VaadinSession.getCurrent();
        Object seed = session == null ? null : session.getAttribute(SEED_ATTRIBUTE);
        if (seed instanceof Long value) {
            return value;
        }
        long fresh = RANDOM.nextLong();
        if (session != null) {
            session.setAttribute(SEED_ATTRIBUTE, fresh);
        }
        return fresh;
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, List.of(Objects.requireNonNull(value)));
        }
    }
}
