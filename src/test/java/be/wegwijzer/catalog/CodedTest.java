package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodedTest {

    @Test
    void aCodeFindsItsValue() {
        assertThat(Coded.fromCode(ItemStatus.class, "ter-review")).contains(ItemStatus.TER_REVIEW);
        assertThat(Coded.fromCode(OrganisationKind.class, "sociaal-secretariaat"))
                .contains(OrganisationKind.SOCIAAL_SECRETARIAAT);
    }

    @Test
    void aLabelOrAnEnumNameIsNoCode() {
        assertThat(Coded.fromCode(ItemStatus.class, "Ter review")).isEmpty();
        assertThat(Coded.fromCode(ItemStatus.class, "TER_REVIEW")).isEmpty();
        assertThat(Coded.fromCode(ItemStatus.class, "")).isEmpty();
        assertThat(Coded.fromCode(ItemStatus.class, null)).isEmpty();
    }

    @Test
    void theCodesAreListedInDeclarationOrderForMessages() {
        assertThat(Coded.codes(Cost.class)).isEqualTo("gratis, betalend, gesubsidieerd");
        assertThat(Coded.codes(ItemStatus.class)).isEqualTo("concept, ter-review, gepubliceerd, gearchiveerd");
    }

    /** Codes appear in content files and URLs: lowercase words with hyphens, one value each. */
    @ParameterizedTest
    @ValueSource(
            classes = {
                ActivityKind.class,
                CompanySize.class,
                Competence.class,
                Cost.class,
                ItemStatus.class,
                ItemType.class,
                Level.class,
                MeasureKind.class,
                OrganisationKind.class,
                PublicationKind.class,
                Statute.class,
                ToolForm.class
            })
    <E extends Enum<E> & Coded> void everyVocabularyHasDistinctUrlSafeCodesThatLeadBackToTheirValue(Class<E> type) {
        List<E> values = Arrays.asList(type.getEnumConstants());
        assertThat(values)
                .extracting(Coded::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(values).extracting(Coded::label).allMatch(label -> !label.isBlank());
        values.forEach(value -> assertThat(Coded.fromCode(type, value.code())).contains(value));
    }
}
