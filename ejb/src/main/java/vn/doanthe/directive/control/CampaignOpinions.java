package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.doanthe.directive.boundary.OpinionDigest;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The opinions of a campaign's sessions under a territorial unit, in one statement, grouped by topic
 * in Java: the same topic typed "Môi trường", "moi truong " or "MÔI TRƯỜNG" by three branches is one.
 */
@Dependent
public class CampaignOpinions {

    private static final String OPINIONS = """
            SELECT o.topic, o.opinion_text, s.held_on, u.id, u.name, t.admin_unit_id
              FROM campaign_opinion o JOIN campaign_session s ON s.id = o.session_id
              JOIN campaign_target t ON t.id = s.target_id JOIN admin_unit a ON a.id = t.admin_unit_id
              JOIN org_unit u ON u.id = t.org_unit_id
             WHERE s.campaign_id = ?1 AND (a.id = ?2 OR a.path LIKE ?3) %s
             ORDER BY s.held_on, s.id, o.position""";

    @PersistenceContext
    EntityManager em;

    /** The topics, the most raised first (then by name); the items of each in the order they were said. */
    public List<OpinionDigest.Topic> topics(Campaign campaign, AdminUnit place, Scope scope) {
        List<?> rows = em.createNativeQuery(OPINIONS.formatted(scope.organisationSql("u.organisation_id")))
                .setParameter(1, campaign.getId()).setParameter(2, place.getId())
                .setParameter(3, place.subtreePath() + "%").getResultList();
        Map<Long, String> places = places(rows);
        Map<String, List<Object[]>> byTopic = new LinkedHashMap<>();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            byTopic.computeIfAbsent(VietnameseText.fold((String) row[0]), k -> new ArrayList<>()).add(row);
        }
        List<OpinionDigest.Topic> topics = new ArrayList<>();
        byTopic.values().forEach(said -> topics.add(new OpinionDigest.Topic(mostWritten(said), said.size(),
                (int) said.stream().map(row -> row[3]).distinct().count(),
                said.stream().map(row -> new OpinionDigest.Item(((Number) row[3]).longValue(), (String) row[4],
                        places.get(((Number) row[5]).longValue()), ((Date) row[2]).toLocalDate(), (String) row[1]))
                        .toList())));
        topics.sort(Comparator.comparingInt(OpinionDigest.Topic::count).reversed()
                .thenComparing(t -> VietnameseText.fold(t.topic())));
        return topics;
    }

    /** The spelling of the topic most branches used; the first written among equals. */
    private static String mostWritten(List<Object[]> said) {
        Map<String, Long> spellings = said.stream().map(row -> (String) row[0])
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The places of the branches, described once each ("Ấp Bến Giá, Xã Hiệp Mỹ (28810.02)"). */
    private Map<Long, String> places(List<?> rows) {
        List<Long> ids = rows.stream().map(row -> ((Number) ((Object[]) row)[5]).longValue()).distinct().toList();
        Map<Long, String> places = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("select a from AdminUnit a where a.id in :ids", AdminUnit.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultStream()
                    .forEach(a -> places.put(a.getId(), a.described()));
        }
        return places;
    }
}
