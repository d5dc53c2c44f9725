package be.wegwijzer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port, and the portal's mail sender pointed at it —
 * the same {@link JavaMailSenderImpl} that {@code spring.mail.host} gives in production. Tests read what arrived.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestMailServer {

    private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    TestMailServer() {
        server.start();
    }

    @Bean
    JavaMailSender testMailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail that arrived since the last {@link #clear()}, in order. */
    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The mails that arrived for one address. */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream()
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(to -> to.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (to test failures); {@link #start()} brings it back on the same port. */
    public void stop() {
        server.stop();
    }

    public void start() {
        server.start();
    }
}
