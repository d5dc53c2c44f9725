package be.wegwijzer.contentimport.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.contentimport.ContentExchange;
import be.wegwijzer.contentimport.ExportFilter;
import be.wegwijzer.contentimport.ExportOwners;
import be.wegwijzer.contentimport.ImportReport;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /beheer/uitwisselen}: download items as a zip of content files, and (administrators) upload such a zip.
 * An upload is first checked and previewed — what would be new, changed, deleted — and only imported on request.
 */
@Route(value = "beheer/uitwisselen", layout = MainLayout.class)
@Menu(title = "admin.menu.exchange", order = 30)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class ExchangeView extends Div implements HasDynamicTitle {

    /** Larger than any real export (the whole corpus is well under 1 MB); the unpacker has its own limits too. */
    static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    private final ContentExchange exchange;
    final MultiSelectComboBox<ItemType> types = new MultiSelectComboBox<>(getTranslation("admin.exchange.types"));
    final MultiSelectComboBox<ItemStatus> statuses =
            new MultiSelectComboBox<>(getTranslation("admin.exchange.statuses"));
    final ComboBox<ExportOwners.Owner> owner = new ComboBox<>(getTranslation("admin.exchange.owner"));
    final Anchor download = new Anchor();
    final Checkbox overwrite = new Checkbox(getTranslation("admin.exchange.overwrite"));
    final Button importButton = new Button(getTranslation("admin.exchange.import"), e -> importUpload());
    final Div report = new Div();
    byte[] uploaded;
    String uploadedName;

    ExchangeView(ContentExchange exchange, ExportOwners owners, CurrentUser currentUser) {
        this.exchange = exchange;
        addClassName("exchange-page");
        add(new H1(getTranslation("admin.exchange.title")), new AdminMenu(), exportSection(owners));
        if (currentUser.has(Role.BEHEERDER)) {
            add(importSection());
        }
    }

    private Section exportSection(ExportOwners owners) {
        types.setItems(ItemType.values());
        types.setItemLabelGenerator(ItemType::pluralLabel);
        statuses.setItems(ItemStatus.values());
        statuses.setItemLabelGenerator(ItemStatus::label);
        owner.setItems(owners.all());
        owner.setItemLabelGenerator(ExportOwners.Owner::name);
        owner.setClearButtonVisible(true);
        download.setText(getTranslation("admin.exchange.download"));
        download.addClassName("button-link");
        download.setHref((DownloadHandler) event -> {
            event.setFileName("wegwijzer-content-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            exchange.export(event.getOutputStream(), filter());
        });
        download.getElement().setAttribute("download", true);
        Div grid = new Div(types, statuses, owner);
        grid.addClassName("form-grid");
        return section(
                getTranslation("admin.exchange.export.heading"),
                new Paragraph(getTranslation("admin.exchange.export.intro")),
                grid,
                download);
    }

    private Section importSection() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            uploaded = bytes;
            uploadedName = metadata.fileName();
            getUI().ifPresent(ui -> ui.access(this::preview));
        }));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_UPLOAD_BYTES);
        upload.setDropLabel(new Span(getTranslation("admin.exchange.drop")));
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage() + " "
                + getTranslation("admin.exchange.rejected", MAX_UPLOAD_BYTES / (1024 * 1024))));
        overwrite.addValueChangeListener(e -> {
            if (uploaded != null) {
                preview();
            }
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        report.addClassName("import-report");
        report.getElement().setAttribute("aria-live", "polite");
        return section(
                getTranslation("admin.exchange.import.heading"),
                new Paragraph(getTranslation("admin.exchange.import.intro")),
                upload,
                overwrite,
                importButton,
                report);
    }

    void preview() {
        ImportReport preview = exchange.preview(uploaded, overwrite.getValue());
        show(preview, uploadedName + ": " + preview.previewSummary());
        importButton.setEnabled(preview.succeeded());
    }

    void importUpload() {
        if (uploaded == null) {
            return;
        }
        ImportReport result = exchange.importZip(uploaded, overwrite.getValue());
        show(result, uploadedName + ": " + result.summary());
        importButton.setEnabled(false);
        uploaded = null;
    }

    private void show(ImportReport result, String summary) {
        report.removeAll();
        Paragraph head = new Paragraph(summary);
        head.addClassName(result.succeeded() ? "report-ok" : "report-refused");
        report.add(head);
        list(getTranslation("admin.exchange.problems"), result.problems());
        list(getTranslation("admin.exchange.warnings"), result.warnings());
    }

    private void list(String heading, List<ContentProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        problems.forEach(p -> items.add(new ListItem(p.format())));
        report.add(new Paragraph(heading), items);
    }

    private void showProblem(String message) {
        report.removeAll();
        Paragraph text = new Paragraph(message);
        text.addClassName("report-refused");
        report.add(text);
    }

    private ExportFilter filter() {
        return new ExportFilter(
                types.getValue(),
                statuses.getValue(),
                owner.getValue() == null ? null : owner.getValue().slug());
    }

    private static Section section(String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.exchange.pagetitle");
    }
}
