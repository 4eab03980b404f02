package vn.doanthe.member.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An import of members from a spreadsheet: the file as uploaded, where its processing stands and
 * what came of it. Bookkeeping of a command rather than domain data, so it is not an audited
 * entity; the persons and memberships it creates are, and the upload and the user's decision are
 * audit events.
 */
@Entity
@Table(name = "member_import")
@NamedQuery(name = "MemberImport.recentOf",
        query = "select i from MemberImport i where i.username = :username order by i.id desc")
public class MemberImport {

    public enum State {
        /** Being read and checked; nothing is written. */
        VALIDATING,
        /** Checked: waiting for the user to import the valid rows or nothing. */
        VALIDATED,
        /** The valid rows are being written. */
        IMPORTING,
        DONE,
        /** The user chose to import nothing. */
        DISCARDED,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private State state;

    @Column(name = "rows_total")
    private int total;

    @Column(name = "rows_done")
    private int done;

    @Column(name = "rows_valid")
    private int valid;

    @Column(name = "rows_invalid")
    private int invalid;

    @Column(name = "rows_created")
    private int created;

    @Column(name = "rows_unchanged")
    private int unchanged;

    @Column(length = 500)
    private String failure;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected MemberImport() {
    }

    /** An upload of {@code rows} data rows (counted when it was received), to be checked. */
    public MemberImport(String username, String fileName, byte[] content, int rows) {
        this.username = username;
        this.fileName = fileName;
        this.content = content;
        this.total = rows;
        this.state = State.VALIDATING;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public void progress(int rowsDone) {
        this.done = rowsDone;
    }

    public void validated(int rows, int validRows, int invalidRows) {
        this.total = rows;
        this.done = rows;
        this.valid = validRows;
        this.invalid = invalidRows;
        this.state = State.VALIDATED;
    }

    /** The valid rows are being written: {@code done} counts them from here on, out of {@code valid}. */
    public void importing() {
        this.state = State.IMPORTING;
        this.done = 0;
    }

    /**
     * Rows the check had found valid were refused when written (what they name changed in
     * between); their problems are kept with the others'.
     */
    public void refusedAtWrite(int rows) {
        this.valid -= rows;
        this.invalid += rows;
    }

    public void written(int rowsDone, int createdRows, int unchangedRows) {
        this.done = rowsDone;
        this.created = createdRows;
        this.unchanged = unchangedRows;
    }

    public void finish(State end, String why) {
        this.state = end;
        this.failure = why == null ? null : why.substring(0, Math.min(why.length(), 500));
        this.finishedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFileName() {
        return fileName;
    }

    public State getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public int getValid() {
        return valid;
    }

    public int getInvalid() {
        return invalid;
    }

    public int getCreated() {
        return created;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public String getFailure() {
        return failure;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public byte[] getContent() {
        return content;
    }
}
