package be.wegwijzer.scan.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.scan.ActionPlan;
import be.wegwijzer.scan.ScanService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** {@code /scan/resultaat/{token}}: a result the visitor chose to keep. */
@Route(value = "scan/resultaat/:token", layout = MainLayout.class)
@PageTitle("Jouw scanresultaat | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class ScanResultView extends Div implements BeforeEnterObserver {

    private final ScanService scans;
    private final TaxonomyService taxonomy;

    ScanResultView(ScanService scans, TaxonomyService taxonomy) {
        this.scans = scans;
        this.taxonomy = taxonomy;
        addClassName("scan-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ActionPlan> plan = event.getRouteParameters().get("token").flatMap(scans::kept);
        if (plan.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Button print = new Button(
                getTranslation("scan.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        Div buttons = new Div(print);
        buttons.addClassName("plan-buttons");
        add(
                new H1(getTranslation("scan.result.title")),
                new ActionPlanPanel(plan.get(), taxonomy.snapshot()),
                buttons,
                new Paragraph(new Anchor("/scan", getTranslation("scan.again"))));
    }
}
