package be.wegwijzer.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /toegankelijkheid}: the accessibility statement for visitors, as Flemish public websites publish it: how far
 * the portal meets WCAG 2.1 AA, what is not there yet, and how to report a problem. The developer side (audit method,
 * findings and decisions) is docs/accessibility.md; keep both in step.
 */
@Route(value = AccessibilityStatementView.PATH, layout = MainLayout.class)
@PageTitle("Toegankelijkheid | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class AccessibilityStatementView extends Div {

    public static final String PATH = "toegankelijkheid";

    AccessibilityStatementView(@Value("${wegwijzer.contact-email:}") String contactEmail) {
        addClassName("statement-page");
        add(new H1(getTranslation("statement.title")), new Paragraph(getTranslation("statement.intro")));
        add(section("statement.status.heading", new Paragraph(getTranslation("statement.status"))));
        add(section(
                "statement.limits.heading",
                new Paragraph(getTranslation("statement.limits.intro")),
                list(
                        "statement.limits.manual",
                        "statement.limits.chart",
                        "statement.limits.sources",
                        "statement.limits.language")));
        add(section(
                "statement.works.heading",
                list(
                        "statement.works.keyboard",
                        "statement.works.zoom",
                        "statement.works.forms",
                        "statement.works.print")));
        Paragraph report = contactEmail.isBlank()
                ? new Paragraph(getTranslation("statement.report.nomail"))
                : new Paragraph(
                        new Text(getTranslation("statement.report.mail") + " "),
                        new Anchor("mailto:" + contactEmail, contactEmail),
                        new Text("."));
        add(section(
                "statement.report.heading",
                new Paragraph(getTranslation("statement.report.intro")),
                report,
                new Paragraph(getTranslation("statement.report.answer"))));
        add(section("statement.method.heading", new Paragraph(getTranslation("statement.method"))));
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }
}
