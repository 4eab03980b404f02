package vn.doanthe.meeting.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * One version of an organisation's criteria for classifying its branches (tiêu chí xếp loại chi
 * hội): what each grade asks of a year, and the dues a member owes in a year (none: dues are not
 * judged). A classification decided under a version keeps it; a change after decisions is a new
 * version.
 */
@Entity
@Table(name = "classification_criteria")
@NamedQuery(name = "ClassificationCriteria.latest", query = """
        select c from ClassificationCriteria c where c.organisation.id = :organisation order by c.number desc""")
public class ClassificationCriteria extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "dues_per_member")
    private Long duesPerMember;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "attendance", column = @Column(name = "strong_attendance")),
            @AttributeOverride(name = "kept", column = @Column(name = "strong_kept")),
            @AttributeOverride(name = "dues", column = @Column(name = "strong_dues"))})
    private GradeThresholds strong;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "attendance", column = @Column(name = "good_attendance")),
            @AttributeOverride(name = "kept", column = @Column(name = "good_kept")),
            @AttributeOverride(name = "dues", column = @Column(name = "good_dues"))})
    private GradeThresholds good;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "attendance", column = @Column(name = "average_attendance")),
            @AttributeOverride(name = "kept", column = @Column(name = "average_kept")),
            @AttributeOverride(name = "dues", column = @Column(name = "average_dues"))})
    private GradeThresholds average;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected ClassificationCriteria() {
    }

    public ClassificationCriteria(Organisation organisation, int number, Long duesPerMember, GradeThresholds strong,
                                  GradeThresholds good, GradeThresholds average) {
        this.organisation = organisation;
        this.number = number;
        this.duesPerMember = duesPerMember;
        this.strong = strong;
        this.good = good;
        this.average = average;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The criteria an organisation starts with, from the guidance the mass organisations share: a
     * strong branch has a mean attendance of 85 % and met in every period its cadence asks for;
     * dues are judged once an administrator sets what a member owes.
     */
    public static ClassificationCriteria first(Organisation organisation) {
        return new ClassificationCriteria(organisation, 1, null,
                thresholds("0.85", "1", "0.85"), thresholds("0.70", "0.75", "0.70"), thresholds("0.50", "0.50", "0.50"));
    }

    private static GradeThresholds thresholds(String attendance, String kept, String dues) {
        return new GradeThresholds(new BigDecimal(attendance), new BigDecimal(kept), new BigDecimal(dues));
    }

    /** The best grade whose thresholds a year's figures meet; weak when none. */
    public BranchGrade suggest(BigDecimal attendance, BigDecimal kept, BigDecimal dues) {
        BigDecimal judgedDues = duesPerMember == null ? BigDecimal.ONE : dues;
        if (strong.metBy(attendance, kept, judgedDues)) {
            return BranchGrade.STRONG;
        } else if (good.metBy(attendance, kept, judgedDues)) {
            return BranchGrade.GOOD;
        } else if (average.metBy(attendance, kept, judgedDues)) {
            return BranchGrade.AVERAGE;
        }
        return BranchGrade.WEAK;
    }

    /** Changed in place: no classification was decided under this version. */
    public void change(Long duesPerMember, GradeThresholds strong, GradeThresholds good, GradeThresholds average) {
        this.duesPerMember = duesPerMember;
        this.strong = strong;
        this.good = good;
        this.average = average;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getNumber() {
        return number;
    }

    public Long getDuesPerMember() {
        return duesPerMember;
    }

    public GradeThresholds getStrong() {
        return strong;
    }

    public GradeThresholds getGood() {
        return good;
    }

    public GradeThresholds getAverage() {
        return average;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** None: the criteria are the installation's. */
    @Override
    public Place territory() {
        return null;
    }
}
