package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.util.List;
import vn.doanthe.member.entity.MemberImportError;

/** One problem of an imported row: the row as the spreadsheet numbers it, the column, a message key. */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) implements Serializable {

    public static ImportProblem of(MemberImportError e) {
        return new ImportProblem(e.getRow(), e.getColumn(), e.getMessageKey(), List.of(e.getArguments()));
    }
}
