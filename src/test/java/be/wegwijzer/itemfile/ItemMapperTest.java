package be.wegwijzer.itemfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Region;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Theme;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ItemMapperTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    final Taxonomy taxonomy = Taxonomy.of(
            Stream.of("werkdruk", "motivatie").map(Theme::new).toList(),
            Stream.of("werkgevers", "werknemers").map(Audience::new).toList(),
            Stream.of("voeding", "horeca", "bouw").map(Sector::new).toList(),
            Stream.of("vlaanderen", "brussel", "limburg").map(Region::new).toList());
    final Map<String, Item> bySlug = new HashMap<>(Map.of(
            "kenniscentrum-werk", new Item(ItemType.ORGANISATIE, "kenniscentrum-werk", NOW),
            "telewerkkaart", new Item(ItemType.TOOL, "telewerkkaart", NOW),
            "werkdruk", new Item(ItemType.FICHE, "werkdruk", NOW),
            "oude-oproep", new Item(ItemType.MAATREGEL, "oude-oproep", NOW)));

    @Test
    void anItemOfEveryTypeMapsBackToTheSourceItWasMadeFrom() {
        List<ItemSource> sources = List.of(
                SampleSources.fullMeasure(),
                SampleSources.fullPractice(),
                SampleSources.fullTool(),
                SampleSources.fullOrganisation(),
                SampleSources.fullActivity(),
                SampleSources.fullPublication(),
                SampleSources.fullPublication().withOwner(null),
                SampleSources.fiche("een-fiche", "Fiche", "Kort."));

        for (ItemSource source : sources) {
            assertThat(ItemMapper.toSource(stored(source)))
                    .as(source.reference())
                    .isEqualTo(ItemMapper.asStored(source));
        }
    }

    @Test
    void theStoredFormKeepsSetsSortedAndListsInOrder() {
        ItemSource measure = SampleSources.fullMeasure();

        ItemSource stored = ItemMapper.asStored(measure);

        assertThat(stored.themes()).containsExactly("motivatie", "werkdruk");
        assertThat(stored.sectors()).containsExactly("bouw", "voeding");
        assertThat(stored.sizes()).containsExactly("micro", "klein");
        assertThat(stored.details(MeasureSource.class).statutes()).containsExactly("werkgever", "zelfstandige");
        assertThat(stored.related()).containsExactly("tools/telewerkkaart", "fiches/werkdruk");
        assertThat(stored.details(MeasureSource.class).selfChecks())
                .isEqualTo(measure.details(MeasureSource.class).selfChecks());
        assertThat(ItemMapper.asStored(stored)).isEqualTo(stored);
    }

    @Test
    void allWhereItRestrictsNothingIsNotKeptAndASuccessorGetsItsFolder() {
        ItemSource measure = SampleSources.fullMeasure();
        MeasureSource m = measure.details(MeasureSource.class);
        ItemSource withAll = measure.withDetails(new MeasureSource(
                m.kind(),
                m.competence(),
                m.maxEur(),
                m.percentage(),
                m.supportForm(),
                m.applyUrl(),
                m.applyWho(),
                m.validFrom(),
                m.validUntil(),
                "oude-oproep",
                m.statutes(),
                m.minEmployees(),
                m.maxEmployees(),
                List.of(Sector.ALL),
                m.regions(),
                m.selfChecks(),
                m.faq()));

        ItemSource back = ItemMapper.toSource(stored(withAll));

        assertThat(back.details(MeasureSource.class).sectors()).isEmpty();
        assertThat(back.details(MeasureSource.class).replacedBy()).isEqualTo("maatregelen/oude-oproep");
        assertThat(back).isEqualTo(ItemMapper.asStored(withAll));
    }

    @Test
    void anItemForEverySectorKeepsAlle() {
        ItemSource fiche = SampleSources.fiche("voor-iedereen", "Iedereen", "Kort.");
        ItemSource forAll = new ItemSource(
                fiche.type(),
                fiche.slug(),
                fiche.title(),
                fiche.summary(),
                fiche.themes(),
                fiche.audiences(),
                List.of(Sector.ALL),
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
                fiche.body());

        assertThat(ItemMapper.toSource(stored(forAll)).sectors()).containsExactly(Sector.ALL);
    }

    /** What the importer does with a source: fields, then relations. */
    private Item stored(ItemSource source) {
        Item item = new Item(source.type(), source.slug(), NOW);
        bySlug.put(source.slug(), item);
        ItemMapper.applyFields(source, item, taxonomy);
        ItemMapper.applyRelations(source, item, bySlug);
        return item;
    }
}
