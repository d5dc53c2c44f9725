package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.catalog.PracticeDetails;

/** A practice's facts: who did it, what it cost, how long it took and what it yielded. */
final class PracticeFacts extends TypeFacts {

    PracticeFacts(PracticeDetails p) {
        StringBuilder who = new StringBuilder();
        append(who, p.getCompany());
        append(who, p.getSector() == null ? null : p.getSector().getLabel());
        append(who, label(p.getSize()));
        append(who, p.getRegion() == null ? null : p.getRegion().getLabel());
        add(getTranslation("item.practice.who"), who.toString());
        add(
                getTranslation("item.practice.investment"),
                p.getInvestmentEur() == null ? null : DutchFormat.euro(p.getInvestmentEur()));
        add(getTranslation("item.practice.duration"), p.getDuration());
        add(getTranslation("item.practice.result"), p.getResult());
        add(getTranslation("item.practice.businesscase"), p.getBusinessCase());
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : " · ").append(part);
        }
    }
}
