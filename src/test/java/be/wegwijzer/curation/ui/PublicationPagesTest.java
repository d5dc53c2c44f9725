package be.wegwijzer.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.PublicationKind;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.curation.TestSources;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A publication (library item) made in the editor: its editor section, its public page and the search with facets. */
class PublicationPagesTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    ItemRepository items;

    @Autowired
    SearchService search;

    EditorItem publication;

    @BeforeEach
    void publishAPublication() {
        accounts.create();
        accounts.loginAs(TestAccounts.EDITOR);
        publication =
                editor.create(TestSources.publication("ui-test-leidraad", "Leidraad stress voor de brouwerij"), null);
        editor.transition(publication.id(), ItemStatus.GEPUBLICEERD, null, null);
    }

    @AfterEach
    void cleanUp() {
        accounts.loginAs(TestAccounts.ADMIN);
        if (items.existsById(publication.id())) {
            removals.delete(publication.id(), "opruimen na test");
        }
        accounts.removeAll();
    }

    @Test
    void theEditorShowsThePublicationsOwnFields() {
        ItemEditorView view = target(navigate("beheer/item/" + publication.id(), ItemEditorView.class));
        PublicationSection section = (PublicationSection) view.form.details;
        assertThat(section.kind.getValue()).isEqualTo(PublicationKind.GIDS);
        assertThat(section.publisher.getValue()).isEqualTo("Nationale Arbeidsraad");
        assertThat(section.year.getValue()).isEqualTo(2020);
        assertThat(section.languages.getValue()).containsExactlyInAnyOrder("nl", "fr");
        assertThat(section.url.getValue()).isEqualTo("https://example.org/leidraad.pdf");
    }

    @Test
    void thePublicPageShowsTheFactsAndTheAddressToReadIt() {
        accounts.logout();
        navigate("publicatie/ui-test-leidraad", Component.class);
        assertThat(texts(H1.class)).containsExactly("Leidraad stress voor de brouwerij");
        assertThat(texts(H2.class)).contains("In het kort");
        String facts = $view(DescriptionList.class).all().stream()
                .map(d -> d.getElement().getTextRecursively())
                .reduce("", String::concat);
        assertThat(facts).contains("Gids", "Nationale Arbeidsraad", "2020", "Nederlands", "Frans");
        assertThat($view(Anchor.class).all())
                .filteredOn(a -> "https://example.org/leidraad.pdf".equals(a.getHref()))
                .singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("Lees de publicatie bij de uitgever"));
    }

    @Test
    void theSearchFindsItByAWordOfItsSummaryAndTheTypeFacetNamesTheLibrary() {
        SearchResult result = search.search(SearchRequest.of("brouwerij preventiedienst"));
        assertThat(result.hits()).extracting(ItemHit::slug).first().isEqualTo("ui-test-leidraad");
        assertThat(result.facets().get(Facet.TYPE))
                .extracting(FacetValue::code, FacetValue::label)
                .contains(tuple("publicatie", "Publicaties"));

        SearchResult byPublisher = search.search(SearchRequest.of("arbeidsraad").withFilter(Facet.TYPE, "publicatie"));
        assertThat(byPublisher.hits()).extracting(ItemHit::slug).containsExactly("ui-test-leidraad");
    }
}
