package vn.doanthe.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.audit.control.SubjectKeys;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * What the audit trail recorded about a person, through the person's lifecycle. Entries are never
 * changed: a merge hands the merged record's keys to the kept person, an anonymisation destroys
 * the person's keys (the values sealed with them can no longer be read by anyone, while the chain
 * still verifies), and a subject-access report gets the history of every record the features name.
 */
@PersonRecords(AuditEntry.class)
@ApplicationScoped
public class AuditRecordsOfPerson {

    @PersistenceContext
    EntityManager em;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    AuditReading reading;

    /** What the trail recorded under the merged record is about the kept person now: its keys go when the kept person is anonymised. */
    void merge(@Observes PersonMerging merging) {
        subjectKeys.transfer(merging.mergedId(), merging.keptId());
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        subjectKeys.destroyOwnedBy(anonymising.personId());
    }

    /** Observed last, when every feature has named its records of the person. */
    void collect(@Observes @Priority(SubjectAccessReport.HISTORY_LAST) SubjectAccessReport report) {
        List<String> conditions = new ArrayList<>();
        List<Map.Entry<String, Set<String>>> records = List.copyOf(report.records().entrySet());
        for (int i = 0; i < records.size(); i++) {
            conditions.add("(a.entityType = :type" + i + " and a.entityId in :ids" + i + ")");
        }
        if (conditions.isEmpty()) {
            report.section(SubjectAccessReport.HISTORY, List.of());
            return;
        }
        var query = em.createQuery("select a from AuditEntry a where " + String.join(" or ", conditions)
                + " order by a.id", AuditEntry.class);
        for (int i = 0; i < records.size(); i++) {
            query.setParameter("type" + i, records.get(i).getKey()).setParameter("ids" + i, records.get(i).getValue());
        }
        report.section(SubjectAccessReport.HISTORY, reading.unmaskedViews(query.getResultList()));
    }
}
