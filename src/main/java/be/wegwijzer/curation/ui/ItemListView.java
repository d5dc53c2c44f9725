package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRef;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.search.EditorQuery;
import be.wegwijzer.search.EditorRow;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** {@code /beheer}: all items in every status, filterable, with full-text search. */
@Route(value = "beheer", layout = MainLayout.class)
@Menu(title = "admin.menu.items", order = 10)
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class ItemListView extends Div implements HasDynamicTitle {

    final TextField text = new TextField(getTranslation("curation.items.filter.text"));
    final Select<ItemStatus> status = new Select<>();
    final Select<ItemType> type = new Select<>();
    final ComboBox<ItemRef> owner = new ComboBox<>(getTranslation("curation.items.filter.owner"));
    final DatePicker reviewBefore = new DatePicker(getTranslation("curation.items.filter.review"));
    final Grid<EditorRow> grid = new Grid<>();
    /** Delete or archive, for editors only. */
    Grid.Column<EditorRow> removeColumn;

    ItemListView(EditorService editor, ItemRemovalService removals, EditorLookup lookup, CurrentUser currentUser) {
        addClassName("editor-list-page");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        String all = getTranslation("curation.items.filter.all");
        status.setLabel(getTranslation("curation.items.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> s == null ? all : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(all);
        type.setLabel(getTranslation("curation.items.type"));
        type.setItems(ItemType.values());
        type.setItemLabelGenerator(t -> t == null ? all : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(all);
        owner.setItems(lookup.organisations());
        owner.setItemLabelGenerator(ItemRef::title);
        owner.setClearButtonVisible(true);
        owner.setVisible(currentUser.isEditor());
        Div filters = new Div(text, status, type, owner, reviewBefore);
        filters.addClassName("form-grid");

        // The title is a link so that keyboard users can open an item: Enter on a cell focuses the link, Enter again
        // follows it.
        grid.addColumn(LitRenderer.<EditorRow>of("<a href=\"/beheer/item/${item.id}\">${item.title}</a>")
                        .withProperty("id", EditorRow::id)
                        .withProperty("title", EditorRow::title))
                .setHeader(getTranslation("curation.items.column.title"))
                .setFlexGrow(3)
                .setSortable(false);
        grid.addColumn(r -> r.type().label()).setHeader(getTranslation("curation.items.type"));
        grid.addColumn(r -> r.status().label()).setHeader(getTranslation("curation.items.status"));
        grid.addColumn(r -> r.ownerName() == null ? "" : r.ownerName())
                .setHeader(getTranslation("curation.items.filter.owner"))
                .setFlexGrow(2);
        grid.addColumn(r -> DutchFormat.date(r.reviewBy())).setHeader(getTranslation("curation.items.column.review"));
        if (currentUser.isEditor()) {
            removeColumn = grid.addComponentColumn(r -> removeButton(removals, r))
                    .setHeader(getTranslation("curation.items.column.remove"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("curation.items.grid"));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("beheer/item/" + e.getItem().id())));
        grid.setItems(query -> editor.list(query(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        owner.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reviewBefore.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Select<ItemType> newType = new Select<>();
        newType.setLabel(getTranslation("curation.items.new"));
        newType.setItems(ItemType.values());
        newType.setItemLabelGenerator(t -> t == null ? getTranslation("curation.items.new.choose") : t.label());
        Button create = new Button(getTranslation("curation.items.new.create"), e -> {
            if (newType.getValue() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate("beheer/nieuw/" + newType.getValue().segment()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div newItem = new Div(newType, create);
        newItem.addClassName("editor-actions");
        add(new H1(getTranslation("curation.items.title")), new AdminMenu(), filters, newItem, grid);
    }

    /** Published items are archived, drafts deleted; the dialog says which after looking at the item itself. */
    private Component removeButton(ItemRemovalService removals, EditorRow row) {
        if (row.status() == ItemStatus.GEARCHIVEERD) {
            return new Span();
        }
        String text = getTranslation(
                row.status() == ItemStatus.GEPUBLICEERD ? "curation.items.archive" : "curation.items.delete");
        Button remove = new Button(
                text,
                e -> new RemoveItemDialog(
                                removals,
                                row.id(),
                                done -> grid.getDataProvider().refreshAll())
                        .open());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(remove.getText() + " " + row.title());
        // a click on the button is not a click on the row, which opens the item
        remove.getElement().addEventListener("click", ignored -> {}).addEventData("event.stopPropagation()");
        return remove;
    }

    EditorQuery query() {
        return new EditorQuery(
                text.getValue(),
                status.getValue(),
                type.getValue(),
                owner.getValue() == null ? null : owner.getValue().slug(),
                reviewBefore.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.items.pagetitle");
    }
}
