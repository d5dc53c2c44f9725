package be.wegwijzer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailAddressTest {

    @Test
    void aPlainAddressIsKeptInLowerCaseWithoutSpaces() {
        assertThat(MailAddress.parse("  An.Peeters@Bakkerij-Vos.BE ").value()).isEqualTo("an.peeters@bakkerij-vos.be");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|Vul je e-mailadres in",
                "'   '|Vul je e-mailadres in",
                "naam bedrijf.be|zonder spaties",
                "a@b.be, c@d.be|zonder spaties",
                "Jan <jan@bedrijf.be>|zonder spaties",
                "jan@bedrijf.be;piet@bedrijf.be|zonder spaties",
                "janbedrijf.be|voor of na de @",
                "@bedrijf.be|voor of na de @",
                "jan@|voor of na de @",
                "jan@localhost|geen geldig domein",
                "jan@bedrijf..be|geen geldig domein",
                "jan@.bedrijf.be|geen geldig domein",
                "jan@bedrijf.be.|geen geldig domein",
                "jan(at)x@bedrijf.be|geen geldig e-mailadres",
            })
    void aWrongAddressIsRefusedWithAMessageThatSaysWhatToFix(String input, String message) {
        assertThatThrownBy(() -> MailAddress.parse(input))
                .isInstanceOf(InvalidMailAddressException.class)
                .hasMessageContaining(message);
    }

    @Test
    void anAddressLongerThanSmtpAllowsIsRefused() {
        String longAddress = "a".repeat(250) + "@x.be";
        assertThatThrownBy(() -> MailAddress.parse(longAddress)).hasMessageContaining("te lang");
    }

    @Test
    void nullIsAMissingAddress() {
        assertThatThrownBy(() -> MailAddress.parse(null)).hasMessageContaining("Vul je e-mailadres in");
    }
}
