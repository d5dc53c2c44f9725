package be.wegwijzer.itemfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The content rules, without files or a database: the importer and the editor both give these messages. */
class ItemValidatorTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("werkdruk", "motivatie"),
            Set.of("werkgevers", "werknemers"),
            Set.of("voeding", "bouw", "horeca"),
            Set.of("vlaanderen", "brussel", "limburg"),
            Map.of(
                    "kenniscentrum-werk", ItemType.ORGANISATIE,
                    "telewerkkaart", ItemType.TOOL,
                    "werkdruk", ItemType.FICHE,
                    "oude-oproep", ItemType.MAATREGEL,
                    "volle-maatregel", ItemType.MAATREGEL));

    @Test
    void completeItemsOfEveryTypeHaveNoProblems() {
        for (ItemSource source : List.of(
                SampleSources.fullMeasure(),
                SampleSources.fullPractice(),
                SampleSources.fullTool(),
                SampleSources.fullOrganisation(),
                SampleSources.fullActivity(),
                SampleSources.fullPublication(),
                SampleSources.fullPublication().withOwner(null))) {
            assertThat(ItemValidator.validate(source, VOCABULARY))
                    .as(source.slug())
                    .isEmpty();
        }
    }

    @Test
    void anUnknownThemeIsNamedWithTheClosestKnownOne() {
        ItemSource source = SampleSources.fullTool();
        ItemSource typo = new ItemSource(
                source.type(),
                source.slug(),
                source.title(),
                source.summary(),
                List.of("werkdrukk"),
                source.audiences(),
                source.sectors(),
                source.regions(),
                source.sizes(),
                source.level(),
                source.cost(),
                source.owner(),
                source.related(),
                source.links(),
                source.source(),
                source.sourceAddress(),
                source.sourceDate(),
                source.verifiedOn(),
                source.verifiedBy(),
                source.reviewBy(),
                source.needsVerification(),
                source.verificationNote(),
                source.details(),
                source.body());

        assertThat(ItemValidator.validate(typo, VOCABULARY)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("themas[0]");
            assertThat(problem.message()).isEqualTo("Onbekende thema 'werkdrukk'.");
            assertThat(problem.hint()).isEqualTo("Bedoel je 'werkdruk'?");
        });
    }

    @Test
    void aMeasureWhoseEmployeeLimitsCrossIsRefusedWithTheRuleExplained() {
        MeasureSource m = SampleSources.fullMeasure().details(MeasureSource.class);
        MeasureSource crossed = new MeasureSource(
                m.kind(),
                m.competence(),
                m.maxEur(),
                m.percentage(),
                m.supportForm(),
                m.applyUrl(),
                m.applyWho(),
                m.validFrom(),
                m.validUntil(),
                m.replacedBy(),
                m.statutes(),
                50,
                9,
                m.sectors(),
                m.regions(),
                m.selfChecks(),
                m.faq());
        ItemSource source = SampleSources.fullMeasure().withDetails(crossed);

        assertThat(ItemValidator.validate(source, VOCABULARY)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("voorwaarden.max_werknemers");
            assertThat(problem.message()).contains("'max_werknemers' (9) is kleiner dan 'min_werknemers' (50)");
        });
    }

    @Test
    void aFicheWithoutItsLevelSectionsIsRefusedForEachMissingOne() {
        ItemSource fiche = SampleSources.fiche("zonder-secties", "Zonder secties", "Kort.");
        ItemSource noSections = new ItemSource(
                fiche.type(),
                fiche.slug(),
                fiche.title(),
                fiche.summary(),
                fiche.themes(),
                fiche.audiences(),
                fiche.sectors(),
                fiche.regions(),
                fiche.sizes(),
                fiche.level(),
                fiche.cost(),
                fiche.owner(),
                fiche.related(),
                fiche.links(),
                fiche.source(),
                fiche.sourceAddress(),
                fiche.sourceDate(),
                fiche.verifiedOn(),
                fiche.verifiedBy(),
                fiche.reviewBy(),
                fiche.needsVerification(),
                fiche.verificationNote(),
                fiche.details(),
                "## Starter\n\nBegin klein.");

        assertThat(ItemValidator.validate(noSections, VOCABULARY))
                .extracting(FieldProblem::message)
                .containsExactly("De fiche mist de sectie '## Gevorderd'.", "De fiche mist de sectie '## Expert'.");
    }

    @Test
    void anItemWithoutAnOwnerOrWithABadSlugIsRefused() {
        ItemSource tool = SampleSources.fullTool();
        ItemSource bad = new ItemSource(
                tool.type(),
                "Geen Slug!",
                tool.title(),
                tool.summary(),
                tool.themes(),
                tool.audiences(),
                tool.sectors(),
                tool.regions(),
                tool.sizes(),
                tool.level(),
                tool.cost(),
                null,
                tool.related(),
                tool.links(),
                tool.source(),
                tool.sourceAddress(),
                tool.sourceDate(),
                tool.verifiedOn(),
                tool.verifiedBy(),
                tool.reviewBy(),
                tool.needsVerification(),
                tool.verificationNote(),
                tool.details(),
                tool.body());

        assertThat(ItemValidator.validate(bad, VOCABULARY))
                .extracting(FieldProblem::field)
                .containsExactly("slug", "organisatie");
    }
}
