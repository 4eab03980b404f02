package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.meeting.control.ClassificationFigures;
import vn.doanthe.meeting.entity.ClassificationCriteria;
import vn.doanthe.meeting.entity.GradeThresholds;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.mutation.Mutation;

/**
 * The criteria each organisation classifies its branches by (tiêu chí xếp loại chi hội), version
 * by version: read by everyone, changed by an administrator of the whole installation. A change
 * made after classifications were decided under the latest version is a new version; the decided
 * ones keep theirs.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class ClassificationRules {

    private static final String[] GRADES = {"strong", "good", "average"};

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    ClassificationFigures figures;

    /** The organisation's versions, latest first; its first version, not stored yet, when it has none. */
    public List<CriteriaView> of(String organisation) {
        Organisation of = organisation(organisation);
        List<ClassificationCriteria> versions = em.createNamedQuery("ClassificationCriteria.latest",
                ClassificationCriteria.class).setParameter("organisation", of.getId()).getResultList();
        if (versions.isEmpty()) {
            return List.of(CriteriaView.of(figures.current(of), 0));
        }
        return versions.stream().map(c -> CriteriaView.of(c, decided(c))).toList();
    }

    /**
     * Every mistake at once: each share from 0 to 1 with at most four decimals (a grade's dues may be
     * left out), a better grade asking no less than a worse one, dues owed a positive amount.
     */
    @Mutation(allowed = Role.ADMIN)
    public CriteriaView change(String organisation, @NotNull CriteriaChange change) {
        if (!scopes.current().isEverything()) {
            throw new AccessDenied("classification.error.criteriaScope");
        }
        Organisation of = organisation(organisation);
        Refusals refusals = new Refusals();
        if (change.duesPerMember() != null && change.duesPerMember() <= 0) {
            refusals.refuse("duesPerMember", "classification.error.dues");
        }
        List<CriteriaView.Thresholds> grades = new ArrayList<>();
        CriteriaView.Thresholds[] given = {change.strong(), change.good(), change.average()};
        for (int i = 0; i < GRADES.length; i++) {
            grades.add(thresholds(refusals, GRADES[i], given[i]));
        }
        for (int i = 1; i < GRADES.length; i++) {
            if (grades.get(i) != null && grades.get(i - 1) != null && !asksNoMore(grades.get(i), grades.get(i - 1))) {
                refusals.refuse(GRADES[i - 1], "classification.error.order");
            }
        }
        refusals.throwIfAny();
        ClassificationCriteria latest = figures.current(of);
        GradeThresholds strong = grades.get(0).entity();
        GradeThresholds good = grades.get(1).entity();
        GradeThresholds average = grades.get(2).entity();
        if (latest.getId() != null && decided(latest) == 0) {
            latest.change(change.duesPerMember(), strong, good, average);
            return CriteriaView.of(latest, 0);
        }
        ClassificationCriteria next = new ClassificationCriteria(of, latest.getId() == null ? 1 : latest.getNumber() + 1,
                change.duesPerMember(), strong, good, average);
        em.persist(next);
        return CriteriaView.of(next, 0);
    }

    private static CriteriaView.Thresholds thresholds(Refusals refusals, String grade, CriteriaView.Thresholds given) {
        if (given == null) {
            refusals.refuse(grade, "validation.required");
            return null;
        }
        boolean good = share(refusals, grade + ".attendance", given.attendance(), true)
                & share(refusals, grade + ".kept", given.kept(), true)
                & share(refusals, grade + ".dues", given.dues(), false);
        return good ? given : null;
    }

    private static boolean share(Refusals refusals, String field, BigDecimal share, boolean required) {
        if (share == null) {
            if (required) {
                refusals.refuse(field, "validation.required");
            }
            return !required;
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.stripTrailingZeros().scale() > 4) {
            refusals.refuse(field, "meeting.error.share");
            return false;
        }
        return true;
    }

    /** A worse grade asks no more than a better one of any figure (dues left out ask nothing). */
    private static boolean asksNoMore(CriteriaView.Thresholds worse, CriteriaView.Thresholds better) {
        return worse.attendance().compareTo(better.attendance()) <= 0 && worse.kept().compareTo(better.kept()) <= 0
                && (worse.dues() == null || (better.dues() != null && worse.dues().compareTo(better.dues()) <= 0));
    }

    private long decided(ClassificationCriteria criteria) {
        return em.createQuery("""
                        select count(c) from BranchClassification c where c.criteria = :criteria
                        and c.decided.grade is not null""", Long.class).setParameter("criteria", criteria).getSingleResult();
    }

    private Organisation organisation(String code) {
        String given = code == null ? "" : code.trim();
        if (given.isEmpty()) {
            throw new InvalidInput("organisation", "validation.required");
        }
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", given)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("organisation", "organisation.error.notFound", given));
    }
}
