package be.wegwijzer.api.ui;

import be.wegwijzer.api.ApiModel;
import be.wegwijzer.api.ApiService;
import be.wegwijzer.base.PublicUrl;
import be.wegwijzer.base.ui.MainLayout;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /ontwikkelaars/widget}: an intermediary chooses what the widget shows (audience, theme, type, sector, region,
 * only open measures, with or without search box), copies the snippet for their own site, and sees the widget itself
 * live below: the same widget.js, run inside this page (it loads from the portal's own origin, so the page's
 * Content-Security-Policy lets it run and fetch).
 */
@Route(value = WidgetView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class WidgetView extends Div implements HasDynamicTitle {

    static final String PATH = "ontwikkelaars/widget";
    static final String SCRIPT = "/widget/widget.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    final TextField title = new TextField();
    final ComboBox<ApiModel.TaxonomyTerm> audience = new ComboBox<>();
    final ComboBox<ApiModel.TaxonomyTerm> theme = new ComboBox<>();
    final ComboBox<ApiModel.TypeTerm> type = new ComboBox<>();
    final ComboBox<ApiModel.TaxonomyTerm> sector = new ComboBox<>();
    final ComboBox<ApiModel.TaxonomyTerm> region = new ComboBox<>();
    final Checkbox openOnly = new Checkbox();
    final Checkbox searchBox = new Checkbox();
    final IntegerField count = new IntegerField();
    final Code snippet = new Code();
    private final Div preview = new Div();
    private final String portal;

    WidgetView(ApiService api, PublicUrl publicUrl) {
        addClassName("widget-page");
        portal = publicUrl.current();
        ApiModel.Taxonomies terms = api.taxonomies();

        title.setLabel(getTranslation("widget.field.title"));
        title.setValue(getTranslation("widget.default.title"));
        title.setMaxLength(120);
        pick(audience, "widget.field.audience", terms.audiences(), ApiModel.TaxonomyTerm::label);
        pick(theme, "widget.field.theme", terms.themes(), t -> "  ".repeat(t.depth()) + t.label());
        pick(type, "widget.field.type", terms.types(), ApiModel.TypeTerm::label);
        pick(sector, "widget.field.sector", terms.sectors(), ApiModel.TaxonomyTerm::label);
        pick(region, "widget.field.region", terms.regions(), t -> "  ".repeat(t.depth()) + t.label());
        openOnly.setLabel(getTranslation("widget.field.open"));
        searchBox.setLabel(getTranslation("widget.field.searchbox"));
        searchBox.setValue(true);
        count.setLabel(getTranslation("widget.field.count"));
        count.setMin(1);
        count.setMax(20);
        count.setValue(5);
        count.setStepButtonsVisible(true);
        count.setHelperText(getTranslation("widget.field.count.help"));

        Div fields = new Div(title, audience, theme, type, sector, region, openOnly, searchBox, count);
        fields.addClassName("widget-fields");
        title.addValueChangeListener(e -> update());
        audience.addValueChangeListener(e -> update());
        theme.addValueChangeListener(e -> update());
        type.addValueChangeListener(e -> update());
        sector.addValueChangeListener(e -> update());
        region.addValueChangeListener(e -> update());
        openOnly.addValueChangeListener(e -> update());
        searchBox.addValueChangeListener(e -> update());
        count.addValueChangeListener(e -> update());

        Button copy = new Button(getTranslation("widget.copy"));
        Span copied = new Span();
        copied.getElement().setAttribute("role", "status");
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true)", snippet.getText())
                .then(
                        Boolean.class,
                        done -> copied.setText(getTranslation("widget.copied")),
                        failed -> copied.setText(getTranslation("widget.copy.failed"))));
        Pre code = new Pre(snippet);
        code.addClassName("code-example");
        code.setId("widget-snippet");

        preview.addClassName("widget-preview");
        preview.setId("widget-preview");

        add(
                new H1(getTranslation("widget.title")),
                new Paragraph(getTranslation("widget.intro")),
                new Section(new H2(getTranslation("widget.choose")), fields),
                new Section(
                        new H2(getTranslation("widget.snippet")),
                        new Paragraph(getTranslation("widget.snippet.text")),
                        code,
                        new Div(copy, copied),
                        new Paragraph(getTranslation("widget.styling"))),
                new Section(new H2(getTranslation("widget.preview")), preview));
        update();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("widget.pagetitle");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        showPreview();
    }

    /** The options as the data-* attributes of the snippet, in a fixed order; empty choices are left out. */
    Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        if (!title.getValue().isBlank()) {
            options.put("titel", title.getValue().strip());
        }
        put(
                options,
                "doelgroep",
                audience.getValue() == null ? null : audience.getValue().code());
        put(options, "thema", theme.getValue() == null ? null : theme.getValue().code());
        put(options, "type", type.getValue() == null ? null : type.getValue().code());
        put(
                options,
                "sector",
                sector.getValue() == null ? null : sector.getValue().code());
        put(
                options,
                "regio",
                region.getValue() == null ? null : region.getValue().code());
        if (openOnly.getValue()) {
            options.put("open", "ja");
        }
        if (!searchBox.getValue()) {
            options.put("zoekvak", "nee");
        }
        Integer shown = count.getValue();
        if (shown != null && shown >= 1 && shown <= 20 && shown != 5) {
            options.put("aantal", String.valueOf(shown));
        }
        return options;
    }

    private void update() {
        StringBuilder html = new StringBuilder("<script src=\"" + Entities.escape(portal + SCRIPT) + "\"");
        options()
                .forEach((name, value) -> html.append("\n        data-")
                        .append(name)
                        .append("=\"")
                        .append(Entities.escape(value))
                        .append('"'));
        html.append(" async></script>");
        snippet.setText(html.toString());
        showPreview();
    }

    /** Runs the real widget in the preview box; loads widget.js once (from this origin, as the page's policy allows). */
    private void showPreview() {
        Map<String, String> options = options();
        options.put("portaal", portal);
        options.put("kop", "3");
        String json = JSON.writeValueAsString(options);
        preview.getElement()
                .executeJs(
                        "const box = this; const options = JSON.parse($0);"
                                + "const go = () => window.WegwijzerWidget.mount(box, options);"
                                + "if (window.WegwijzerWidget) { go(); return; }"
                                + "let script = document.querySelector('script[data-wegwijzer-voorbeeld]');"
                                + "if (!script) { script = document.createElement('script'); script.src = $1;"
                                + " script.setAttribute('data-wegwijzer-voorbeeld', '');"
                                + " script.setAttribute('data-handmatig', ''); document.head.appendChild(script); }"
                                + "script.addEventListener('load', go);",
                        json,
                        SCRIPT);
    }

    private <T> void pick(ComboBox<T> field, String labelKey, List<T> items, ItemLabelGenerator<T> label) {
        field.setLabel(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(label);
        field.setClearButtonVisible(true);
        field.setPlaceholder(getTranslation("widget.field.any"));
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }
}
