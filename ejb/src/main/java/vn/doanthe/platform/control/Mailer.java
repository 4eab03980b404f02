package vn.doanthe.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail out through the mail session the IT department configured on the server (a JavaMail
 * resource, {@code mail/doanthe} unless {@code DOANTHE_MAIL_SESSION} names another). Without one,
 * nothing is mailed and nothing fails: the console shows the same reminders.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "doanthe.mail.session", defaultValue = "mail/doanthe")
    String sessionName;

    /** A plain-text letter to one address. */
    public record Letter(String to, String subject, String body) {
    }

    /** The configured mail session, looked up each time so that one added later is used without a restart. */
    public Optional<Session> session() {
        try {
            return Optional.of((Session) new InitialContext().lookup(sessionName));
        } catch (NamingException | ClassCastException none) {
            return Optional.empty();
        }
    }

    /**
     * Sends the letters over one connection and answers those the mail server accepted; a letter it
     * refused (an address it does not take) is logged and left out. A server that cannot be reached
     * is {@link MailUnavailable}: nothing was sent.
     */
    public List<Letter> send(Session session, List<Letter> letters) {
        List<Letter> accepted = new ArrayList<>();
        if (letters.isEmpty()) {
            return accepted;
        }
        try (Transport transport = session.getTransport()) {
            transport.connect();
            for (Letter letter : letters) {
                try {
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom();
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
                    message.setSubject(letter.subject(), "UTF-8");
                    message.setText(letter.body(), "UTF-8");
                    message.setSentDate(new Date());
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    accepted.add(letter);
                } catch (MessagingException refused) {
                    LOG.warning(() -> "The mail server refused a letter to " + LogText.of(letter.to()) + ": " + refused);
                }
            }
        } catch (MessagingException e) {
            throw new MailUnavailable("The mail session " + sessionName + " could not reach its server", e);
        }
        return accepted;
    }

    /** The mail server could not be reached; what was to be sent stays to be sent. */
    public static class MailUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MailUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
