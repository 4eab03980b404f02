package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doanthe.directive.entity.CampaignReminder;
import vn.doanthe.platform.control.Mailer;
import vn.doanthe.platform.control.Mailer.Letter;

/**
 * Campaign reminders by mail, when a mail session is configured: each reminder not mailed yet goes
 * to the accounts that serve the unit it is addressed to (STAFF or ADMIN, enabled, with an address,
 * whose territory and organisations cover the unit), one letter per account listing all of theirs,
 * in the account's language. Each reminder is then marked with the number of accounts it reached,
 * so it is mailed once; the caller holds the round's lock, so rounds on several instances do not
 * mail it twice. Reminders written while no mail session was configured are mailed only while
 * they are recent: a session added months later does not send old news.
 */
@Dependent
public class ReminderLetters {

    /** The most reminders one round mails; the rest wait for the next round. */
    static final int MOST = 2_000;
    /** How old a reminder not yet mailed may be and still be mailed. */
    static final int RECENT_HOURS = 48;

    private static final Logger LOG = Logger.getLogger(ReminderLetters.class.getName());
    private static final String BUNDLE = "vn.doanthe.directive.control.ReminderMail";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String RECIPIENTS = """
            SELECT r.id, a.id, a.email, a.locale, a.display_name
              FROM campaign_reminder r
              JOIN org_unit u ON u.id = r.addressed_unit_id
              JOIN admin_unit p ON p.id = r.addressed_place_id
              JOIN user_account a ON a.enabled AND a.email IS NOT NULL
              LEFT JOIN admin_unit s ON s.id = a.scope_unit_id
             WHERE r.mailed_at IS NULL AND r.created_at >= ?1 AND r.id BETWEEN ?2 AND ?3
               AND EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = a.id AND ur.role IN ('ADMIN', 'STAFF'))
               AND (a.scope_unit_id IS NULL OR p.id = s.id OR p.path LIKE CONCAT(s.path, s.id, '/%'))
               AND (NOT EXISTS (SELECT 1 FROM user_organisation o WHERE o.user_id = a.id)
                    OR EXISTS (SELECT 1 FROM user_organisation o WHERE o.user_id = a.id
                                  AND o.organisation_id = u.organisation_id))
             ORDER BY a.id, r.id""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    /** The console's address as users reach it (https://…/doanthe/), for the link in each letter. */
    @Inject
    @ConfigProperty(name = "doanthe.console.url")
    Optional<String> consoleUrl;

    /** Mails the reminders not mailed yet; answers the number of letters the mail server accepted. */
    public int mail() {
        Optional<Session> session = mailer.session();
        if (session.isEmpty()) {
            return 0;
        }
        LocalDateTime since = LocalDateTime.now(ZoneOffset.UTC).minusHours(RECENT_HOURS);
        List<CampaignReminder> pending = em.createQuery("""
                        select r from CampaignReminder r join fetch r.campaign c join fetch c.directive
                        join fetch r.target t join fetch t.unit join fetch t.place
                        where r.mailedAt is null and r.createdAt >= :since order by r.id""", CampaignReminder.class)
                .setParameter("since", since).setMaxResults(MOST).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, CampaignReminder> byId = pending.stream()
                .collect(Collectors.toMap(CampaignReminder::getId, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Recipient> recipients = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery(RECIPIENTS).setParameter(1, since)
                .setParameter(2, pending.get(0).getId()).setParameter(3, pending.get(pending.size() - 1).getId())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            CampaignReminder reminder = byId.get(((Number) columns[0]).longValue());
            if (reminder != null) {
                recipients.computeIfAbsent(((Number) columns[1]).longValue(), id -> new Recipient((String) columns[2],
                        Locale.forLanguageTag((String) columns[3]), (String) columns[4], new ArrayList<>()))
                        .reminders().add(reminder);
            }
        }
        Map<Letter, Recipient> letters = new LinkedHashMap<>();
        recipients.values().forEach(recipient -> letters.put(letter(recipient), recipient));
        List<Letter> accepted;
        try {
            accepted = mailer.send(session.get(), new ArrayList<>(letters.keySet()));
        } catch (Mailer.MailUnavailable e) {
            LOG.warning(() -> e.getMessage() + "; " + pending.size() + " reminders wait for the next round: " + e.getCause());
            return 0;
        }
        Map<Long, Integer> reached = new HashMap<>();
        byId.keySet().forEach(id -> reached.put(id, 0));
        accepted.forEach(letter -> letters.get(letter).reminders().forEach(r -> reached.merge(r.getId(), 1, Integer::sum)));
        markMailed(reached);
        return accepted.size();
    }

    /**
     * One update per number of accounts reached. The ids are written into the statement (numbers
     * read from the database, never typed): a native query binds no list.
     */
    private void markMailed(Map<Long, Integer> reached) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        reached.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                Collectors.mapping(e -> Long.toString(e.getKey()), Collectors.joining(",")))).forEach((count, ids) ->
                em.createNativeQuery("UPDATE campaign_reminder SET mailed_at = ?1, mailed_to = ?2 WHERE id IN (" + ids + ")")
                        .setParameter(1, now).setParameter(2, count).executeUpdate());
    }

    private Letter letter(Recipient recipient) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, recipient.locale(), ReminderLetters.class.getClassLoader());
        StringBuilder body = new StringBuilder()
                .append(MessageFormat.format(texts.getString("greeting"), recipient.name())).append("\n\n")
                .append(texts.getString("intro")).append("\n\n");
        for (CampaignReminder r : recipient.reminders()) {
            var campaign = r.getCampaign();
            body.append(MessageFormat.format(texts.getString("line"), texts.getString("kind." + r.getKind().name()),
                    r.getTarget().getUnit().getName(), r.getTarget().getPlace().described(),
                    texts.getString("missing." + r.getMissing().name()), campaign.getDirective().getSymbol(),
                    campaign.getDirective().getTitle(), DAY.format(campaign.getDeadline()))).append('\n');
        }
        consoleUrl.filter(url -> !url.isBlank()).ifPresent(url -> body.append('\n').append(MessageFormat.format(
                texts.getString("link"), (url.endsWith("/") ? url : url + "/") + "directive/reminders.xhtml")));
        body.append("\n\n").append(texts.getString("closing")).append('\n');
        String subject = MessageFormat.format(texts.getString("subject"), recipient.reminders().size());
        return new Letter(recipient.email(), subject, body.toString());
    }

    private record Recipient(String email, Locale locale, String name, List<CampaignReminder> reminders) {
    }
}
