package vn.doanthe.meeting.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * A branch's classification for a year (xếp loại chi hội): the figures of the year it was judged on
 * and the grade they suggest under the criteria version used, then the branch's own grade, the
 * commune's appraisal and the decision above, each with who and when. A decided classification no
 * longer changes, nor does the criteria version it was decided under.
 */
@Entity
@Table(name = "branch_classification")
public class BranchClassification extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(nullable = false, updatable = false)
    private int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criteria_id", nullable = false)
    private ClassificationCriteria criteria;

    @Column(nullable = false)
    private int owed;

    @Column(nullable = false)
    private int kept;

    @Column(precision = 5, scale = 4)
    private BigDecimal attendance;

    @Column(precision = 7, scale = 4)
    private BigDecimal dues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BranchGrade suggested;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "grade", column = @Column(name = "self_grade")),
            @AttributeOverride(name = "by", column = @Column(name = "self_by")),
            @AttributeOverride(name = "at", column = @Column(name = "self_at")),
            @AttributeOverride(name = "note", column = @Column(name = "self_note"))})
    private Grading self;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "grade", column = @Column(name = "appraised_grade")),
            @AttributeOverride(name = "by", column = @Column(name = "appraised_by")),
            @AttributeOverride(name = "at", column = @Column(name = "appraised_at")),
            @AttributeOverride(name = "note", column = @Column(name = "appraised_note"))})
    private Grading appraised;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "grade", column = @Column(name = "decided_grade")),
            @AttributeOverride(name = "by", column = @Column(name = "decided_by")),
            @AttributeOverride(name = "at", column = @Column(name = "decided_at")),
            @AttributeOverride(name = "note", column = @Column(name = "decided_note"))})
    private Grading decided;

    protected BranchClassification() {
    }

    public BranchClassification(OrgUnit unit, int year) {
        this.unit = unit;
        this.year = year;
    }

    /** The year's figures as they stand now, and the grade the criteria in force suggest for them. */
    public void judgedOn(ClassificationCriteria criteria, BranchYearFigures figures) {
        this.criteria = criteria;
        this.owed = figures.owed();
        this.kept = figures.kept();
        this.attendance = figures.attendance();
        this.dues = figures.dues();
        this.suggested = criteria.suggest(figures.attendance(), figures.keptShare(), figures.dues());
    }

    /** Records a step; the caller has checked that the step before it was recorded and none after it. */
    public void record(ClassificationStep step, Grading grading) {
        switch (step) {
            case SELF -> this.self = grading;
            case APPRAISED -> this.appraised = grading;
            case DECIDED -> this.decided = grading;
        }
    }

    /** The step recorded, or null. */
    public Grading step(ClassificationStep step) {
        return switch (step) {
            case SELF -> self;
            case APPRAISED -> appraised;
            case DECIDED -> decided;
        };
    }

    public boolean isDecided() {
        return decided != null;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public ClassificationCriteria getCriteria() {
        return criteria;
    }

    public int getOwed() {
        return owed;
    }

    public int getKept() {
        return kept;
    }

    public BigDecimal getAttendance() {
        return attendance;
    }

    public BigDecimal getDues() {
        return dues;
    }

    public BranchGrade getSuggested() {
        return suggested;
    }

    @Override
    public Place territory() {
        return unit.getAdminUnit();
    }
}
