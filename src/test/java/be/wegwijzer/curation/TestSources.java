package be.wegwijzer.curation;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.PracticeSource;
import be.wegwijzer.itemfile.PublicationSource;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** Items in content-file form for tests, valid against the test corpus's vocabulary. */
public final class TestSources {

    private TestSources() {}

    /** A good practice owned by the contributor's organisation in the test corpus. */
    public static ItemSource practice(String slug, String title) {
        return new ItemSource(
                ItemType.PRAKTIJK,
                slug,
                title,
                "Een kleine zaak maakte de planning samen met het team en kreeg zo meer rust op de werkvloer.",
                List.of("werkdruk"),
                List.of("werkgevers"),
                List.of("voeding"),
                List.of("limburg"),
                List.of("micro"),
                "starter",
                null,
                "sectorfonds-voeding",
                List.of("tools/werkstress-scan"),
                List.of(),
                "Test",
                null,
                "2026-11",
                null,
                null,
                null,
                false,
                null,
                new PracticeSource(null, "voeding", "micro", "limburg", 1200, "Twee maanden", "Minder overuren.", null),
                "## De uitdaging\n\nDe planning knelde.\n\n## Wat ze deden\n\nSamen roosters maken.");
    }

    /** A publication (library item) with every field of its type, without an owner organisation. */
    public static ItemSource publication(String slug, String title) {
        return new ItemSource(
                ItemType.PUBLICATIE,
                slug,
                title,
                "Deze leidraad legt uit hoe een kleine brouwerij werkstress collectief voorkomt, met hulp van de"
                        + " preventiedienst.",
                List.of("werkstress"),
                List.of("werkgevers"),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                "Test",
                "https://example.org/bron",
                "2026-11",
                null,
                null,
                null,
                false,
                null,
                new PublicationSource(
                        "gids", "Nationale Arbeidsraad", 2020, List.of("nl", "fr"), "https://example.org/leidraad.pdf"),
                "## Wat betekent dit voor jou\n\nJe voert een beleid tegen stress.");
    }

    /** A copy with one field changed, by the name of the record component ({@code title}, {@code body}, ...). */
    public static ItemSource with(ItemSource source, String component, Object value) {
        RecordComponent[] components = ItemSource.class.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                boolean match = components[i].getName().equals(component);
                found |= match;
                values[i] = match ? value : components[i].getAccessor().invoke(source);
            }
            if (!found) {
                throw new IllegalArgumentException("ItemSource has no component " + component);
            }
            Constructor<ItemSource> constructor = ItemSource.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
