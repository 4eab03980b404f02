package vn.doanthe.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** What is wrong with one cell (or one row) of an imported sheet, as a message key and its arguments. */
@Entity
@Table(name = "member_import_error")
@NamedQuery(name = "MemberImportError.of",
        query = "select e from MemberImportError e where e.importId = :import order by e.row, e.id")
@NamedQuery(name = "MemberImportError.rowsOf",
        query = "select distinct e.row from MemberImportError e where e.importId = :import")
public class MemberImportError {

    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    /** The row as the spreadsheet numbers it (the header is row 1). */
    @Column(name = "sheet_row", nullable = false)
    private int row;

    @Column(name = "column_name", length = 60)
    private String column;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(length = 500)
    private String arguments;

    protected MemberImportError() {
    }

    public MemberImportError(Long importId, int row, String column, String messageKey, List<?> arguments) {
        this.importId = importId;
        this.row = row;
        this.column = column;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, arguments.stream().map(String::valueOf).toList());
        this.arguments = joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 500));
    }

    public int getRow() {
        return row;
    }

    public String getColumn() {
        return column;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR, -1)).toArray();
    }
}
