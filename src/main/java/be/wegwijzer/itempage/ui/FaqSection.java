package be.wegwijzer.itempage.ui;

import be.wegwijzer.catalog.FaqEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/**
 * "Veelgestelde vragen" below the text: each question a heading, its answer a paragraph, marked up as schema.org
 * FAQPage microdata so the page can become a rich result once it is rendered on the server.
 */
final class FaqSection extends Section {

    FaqSection(List<FaqEntry> entries) {
        addClassName("item-faq");
        getElement().setAttribute("itemscope", true);
        getElement().setAttribute("itemtype", "https://schema.org/FAQPage");
        add(new H2(getTranslation("item.faq.heading")));
        for (FaqEntry entry : entries) {
            H3 question = new H3(entry.question());
            question.getElement().setAttribute("itemprop", "name");
            Paragraph text = new Paragraph(entry.answer());
            text.getElement().setAttribute("itemprop", "text");
            Div answer = new Div(text);
            answer.getElement().setAttribute("itemprop", "acceptedAnswer");
            answer.getElement().setAttribute("itemscope", true);
            answer.getElement().setAttribute("itemtype", "https://schema.org/Answer");
            Div item = new Div(question, answer);
            item.addClassName("faq-entry");
            item.getElement().setAttribute("itemprop", "mainEntity");
            item.getElement().setAttribute("itemscope", true);
            item.getElement().setAttribute("itemtype", "https://schema.org/Question");
            add(item);
        }
    }
}
