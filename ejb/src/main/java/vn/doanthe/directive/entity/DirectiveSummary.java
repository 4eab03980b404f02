package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.control.Sha256;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A summary of a document written for members (tài liệu tuyên truyền): its key points, what
 * members should do, questions and answers, and an outline for the presenter. Written at a level
 * (the document's own, or a level below adapting an approved version, which it names), it goes
 * draft → review → approved. An approved text is never changed: a change is a new version, and
 * approving that supersedes this one. Its hash covers the text and the outline, so an
 * acknowledgement names exactly what will be presented.
 */
@Entity
@Table(name = "directive_summary")
public class DirectiveSummary extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "directive_id")
    private Directive directive;

    @ManyToOne
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit level;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SummaryState state;

    @Column(name = "summary_text", nullable = false)
    private String text;

    @Column
    private String outline;

    @Column(nullable = false, length = 64)
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id")
    private DirectiveSummary basedOn;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    protected DirectiveSummary() {
    }

    public DirectiveSummary(Directive directive, AdminUnit level, int versionNo, DirectiveSummary basedOn,
                            String writtenBy, String text, String outline) {
        this.directive = directive;
        this.level = level;
        this.versionNo = versionNo;
        this.basedOn = basedOn;
        this.writtenBy = writtenBy;
        this.state = SummaryState.DRAFT;
        rewrite(text, outline);
    }

    /** New words for a version not yet approved; one in review goes back to draft. */
    public void rewrite(String text, String outline) {
        this.text = text;
        this.outline = outline;
        this.sha256 = hash(text, outline);
        this.state = SummaryState.DRAFT;
    }

    /** The hash of a text and outline: the same words give the same hash wherever they are checked. */
    public static String hash(String text, String outline) {
        return Sha256.hex("text\n" + text + "\noutline\n" + (outline == null ? "" : outline));
    }

    public void submit() {
        this.state = SummaryState.REVIEW;
    }

    /** Approved now by {@code approver} (the time in UTC, as every time the application keeps). */
    public void approve(String approver) {
        this.state = SummaryState.APPROVED;
        this.approvedBy = approver;
        this.approvedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** A later version of the same level was approved. */
    public void supersede() {
        this.state = SummaryState.SUPERSEDED;
    }

    @Override
    public Place territory() {
        return level;
    }

    public Directive getDirective() {
        return directive;
    }

    public AdminUnit getLevel() {
        return level;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public SummaryState getState() {
        return state;
    }

    public String getText() {
        return text;
    }

    public String getOutline() {
        return outline;
    }

    public String getSha256() {
        return sha256;
    }

    public DirectiveSummary getBasedOn() {
        return basedOn;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }
}
