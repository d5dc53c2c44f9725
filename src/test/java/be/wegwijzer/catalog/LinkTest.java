package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void linksWithTheSameLabelAndAddressAreEqual() {
        Link link = new Link("Aanvragen", "https://www.vlaio.be/cheque");

        assertThat(link)
                .isEqualTo(new Link("Aanvragen", "https://www.vlaio.be/cheque"))
                .hasSameHashCodeAs(new Link("Aanvragen", "https://www.vlaio.be/cheque"));
        assertThat(link.label()).isEqualTo("Aanvragen");
        assertThat(link.url()).isEqualTo("https://www.vlaio.be/cheque");
    }

    @Test
    void anotherLabelOrAddressMakesAnotherLink() {
        Link link = new Link("Aanvragen", "https://www.vlaio.be/cheque");

        assertThat(link)
                .isNotEqualTo(new Link("Meer info", "https://www.vlaio.be/cheque"))
                .isNotEqualTo(new Link("Aanvragen", "https://www.vlaio.be/andere"));
    }

    @Test
    void aLinkReadsLikeARecordInMessages() {
        assertThat(new Link("Aanvragen", "https://x.be")).hasToString("Link[label=Aanvragen, url=https://x.be]");
    }
}
