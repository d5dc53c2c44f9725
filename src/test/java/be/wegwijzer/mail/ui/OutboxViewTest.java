package be.wegwijzer.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.AccessDeniedView;
import be.wegwijzer.mail.MailAddress;
import be.wegwijzer.mail.MailService;
import be.wegwijzer.mail.OutgoingMail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OutboxViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailService mail;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        accounts.create();
        jdbc.update("delete from mail_outbox");
    }

    @AfterEach
    void tearDown() {
        jdbc.update("delete from mail_outbox");
        accounts.removeAll();
    }

    @Test
    void anEditorSeesWhatWaitsAndThatTheServerIsConfigured() {
        mail.queue(OutgoingMail.text(MailAddress.parse("vraag@bouwbedrijf.be"), "Nieuwe vraag", "Tekst"));
        accounts.loginAs(TestAccounts.EDITOR);

        OutboxView view = target(navigate(OutboxView.class));

        assertThat(texts(H1.class)).containsExactly("Verzonden en wachtende mails");
        assertThat(view.summary.getText())
                .isEqualTo("1 wachtend, 0 verzonden, 0 mislukt. De mailserver is ingesteld: wachtende mails worden"
                        + " verstuurd.");
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(m -> m.getSubject())
                .containsExactly("Nieuwe vraag");
    }

    @Test
    void aContributorMayNotOpenTheOutbox() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        navigate("beheer/mail", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
