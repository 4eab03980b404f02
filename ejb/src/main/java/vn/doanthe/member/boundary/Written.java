package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.member.control.MemberRow;
import vn.doanthe.member.control.MemberRowRules;

/**
 * What writing rows of an import did: rows that created a person or a membership, rows that found
 * everything already registered, and rows refused at writing with their problems.
 */
public record Written(int created, int unchanged, List<Refused> refused) implements Serializable {

    public static final Written NONE = new Written(0, 0, List.of());

    /** A row refused at writing: its number in the sheet and what is wrong. */
    public record Refused(int number, List<MemberRowRules.Problem> problems) implements Serializable {
    }

    static Written refused(MemberRow row, MemberRowRules.Problem problem) {
        return refused(row, List.of(problem));
    }

    static Written refused(MemberRow row, List<MemberRowRules.Problem> problems) {
        return new Written(0, 0, List.of(new Refused(row.number(), List.copyOf(problems))));
    }

    public Written plus(Written other) {
        List<Refused> all = new ArrayList<>(refused);
        all.addAll(other.refused);
        return new Written(created + other.created, unchanged + other.unchanged, List.copyOf(all));
    }
}
