package be.wegwijzer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QualityEvaluationTest {

    @Test
    void averagesPerKindAndOverallOnAHandMadeExample() {
        List<JudgedQuery> judged = List.of(
                new JudgedQuery("werkdruk", "term", Map.of("s1", 2, "s2", 1)),
                new JudgedQuery("werkdurk", "typo", Map.of("s3", 2)),
                new JudgedQuery("telewerk", "term", Map.of("s4", 2, "s5", 2)));
        Map<String, QualityEvaluation.Ranking> answers = Map.of(
                "werkdruk", new QualityEvaluation.Ranking(2, List.of("s1", "s2")),
                "werkdurk", new QualityEvaluation.Ranking(0, List.of()),
                "telewerk", new QualityEvaluation.Ranking(3, List.of("x", "s4", "y")));

        QualityEvaluation.Report report = QualityEvaluation.evaluate(judged, answers::get);

        // telewerk: DCG = 3/log2(3) = 1.892789, ideal = 3 + 1.892789 → nDCG 0.386853; RR 1/2; recall 1/2
        QualityEvaluation.Scores term = report.byKind().get("term");
        assertThat(term.queries()).isEqualTo(2);
        assertThat(term.ndcg()).isCloseTo((1 + 0.386853) / 2, within(1e-6));
        assertThat(term.mrr()).isCloseTo(0.75, within(1e-9));
        assertThat(term.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(term.zeroResultRate()).isZero();

        QualityEvaluation.Scores typo = report.byKind().get("typo");
        assertThat(typo.ndcg()).isZero();
        assertThat(typo.zeroResultRate()).isEqualTo(1.0);

        QualityEvaluation.Scores overall = report.overall();
        assertThat(overall.queries()).isEqualTo(3);
        assertThat(overall.ndcg()).isCloseTo((1 + 0 + 0.386853) / 3, within(1e-6));
        assertThat(overall.mrr()).isCloseTo(0.5, within(1e-9));
        assertThat(overall.zeroResultRate()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void gradesOtherThanOneOrTwoAreRefused() {
        String yaml = "- query: x\n  kind: term\n  relevant:\n    a: 3\n";
        assertThatThrownBy(() -> JudgedQuery.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Grade must be 1 or 2");
    }

    @Test
    void theJudgedSetIsLargeEnoughAndNamesOnlyItemsThatExist() throws IOException {
        List<JudgedQuery> judged = JudgedQuery.load();
        Set<String> slugs;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            slugs = files.filter(f -> f.toString().endsWith(".md"))
                    .map(f -> f.getFileName().toString().replaceFirst("\\.md$", ""))
                    .collect(Collectors.toSet());
        }
        assertThat(judged).hasSizeGreaterThanOrEqualTo(60);
        assertThat(judged).allSatisfy(q -> {
            assertThat(q.grades()).as(q.query()).isNotEmpty();
            assertThat(slugs).as(q.query()).containsAll(q.grades().keySet());
        });
        assertThat(judged.stream().map(JudgedQuery::query).distinct()).hasSize(judged.size());
    }
}
