package be.wegwijzer.search.ui;

import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** "Bedoelde je telewerk? (12 resultaten)": one click to the better-spelled query, filters kept. */
class DidYouMean extends Paragraph {

    DidYouMean(SearchResult result) {
        setText(getTranslation("search.didyoumean") + " ");
        addClassName("did-you-mean");
        Anchor corrected =
                new Anchor(SearchUrl.href(result.request().withQuery(result.didYouMean())), result.didYouMean());
        corrected.addClassName("did-you-mean-link");
        add(
                corrected,
                new Span(" "
                        + (result.didYouMeanTotal() == 1
                                ? getTranslation("search.didyoumean.count.one")
                                : getTranslation("search.didyoumean.count", result.didYouMeanTotal()))));
    }
}
