package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registers the analyzers of {@link DutchAnalysis} with the local Lucene index, under the names the index mapping uses
 * ({@link ItemIndex}). {@link OpenSearchAnalysisConfigurer} does the same for OpenSearch.
 */
@Component("dutchAnalysisConfigurer")
public class DutchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        DutchAnalysis.ANALYZERS.forEach(chain -> context.analyzer(chain.name()).instance(DutchAnalysis.lucene(chain)));
        var normalizer = context.normalizer(ItemIndex.SORT).custom();
        for (DutchAnalysis.Step step : DutchAnalysis.SORT_NORMALIZER) {
            switch (step) {
                case DutchAnalysis.Lowercase l -> normalizer.tokenFilter(LowerCaseFilterFactory.class);
                case DutchAnalysis.AsciiFolding a -> normalizer.tokenFilter(ASCIIFoldingFilterFactory.class);
                default -> throw new IllegalStateException("A normalizer cannot " + step);
            }
        }
    }
}
