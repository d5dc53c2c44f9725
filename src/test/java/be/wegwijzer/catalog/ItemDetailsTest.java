package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the smaller per-type details: a practice's contact person and a tool's languages. */
class ItemDetailsTest {

    @Test
    void aContactPersonIsKeptOnlyWithConsent() {
        PracticeDetails practice = new PracticeDetails();
        practice.setContact("An Peeters", "an@bakkerij.be", false);

        assertThat(practice.getContactName()).isNull();
        assertThat(practice.getContactEmail()).isNull();
        assertThat(practice.hasContactConsent()).isFalse();
    }

    @Test
    void aContactPersonWithConsentIsKeptAndShown() {
        PracticeDetails practice = new PracticeDetails();
        practice.setContact("An Peeters", "an@bakkerij.be", true);

        assertThat(practice.getContactName()).isEqualTo("An Peeters");
        assertThat(practice.getContactEmail()).isEqualTo("an@bakkerij.be");
        assertThat(practice.hasContactConsent()).isTrue();
    }

    @Test
    void consentWithoutAnyContactIsNoConsent() {
        PracticeDetails practice = new PracticeDetails();
        practice.setContact(null, null, true);

        assertThat(practice.hasContactConsent()).isFalse();
    }

    @Test
    void withdrawingConsentForgetsThePerson() {
        PracticeDetails practice = new PracticeDetails();
        practice.setContact("An Peeters", "an@bakkerij.be", true);
        practice.setContact("An Peeters", "an@bakkerij.be", false);

        assertThat(practice.getContactName()).isNull();
        assertThat(practice.getContactEmail()).isNull();
        assertThat(practice.hasContactConsent()).isFalse();
    }

    @Test
    void aToolKeepsItsLanguagesInOrderAndNoneIsAnEmptyList() {
        ToolDetails tool = new ToolDetails();
        assertThat(tool.getLanguages()).isEmpty();

        tool.setLanguages(List.of("nl", "fr", "en"));
        assertThat(tool.getLanguages()).containsExactly("nl", "fr", "en");

        tool.setLanguages(List.of());
        assertThat(tool.getLanguages()).isEmpty();
    }
}
