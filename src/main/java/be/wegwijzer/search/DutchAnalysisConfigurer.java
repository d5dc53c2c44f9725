package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/** Registers the analyzers of {@link DutchAnalysis} under the names the index mapping uses ({@link ItemIndex}). */
@Component("dutchAnalysisConfigurer")
public class DutchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ItemIndex.DUTCH).instance(DutchAnalysis.index());
        context.analyzer(ItemIndex.DUTCH_QUERY).instance(DutchAnalysis.query());
        context.analyzer(ItemIndex.AUTOCOMPLETE).instance(DutchAnalysis.autocomplete());
        context.analyzer(ItemIndex.AUTOCOMPLETE_QUERY).instance(DutchAnalysis.autocompleteQuery());
        context.normalizer(ItemIndex.SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
