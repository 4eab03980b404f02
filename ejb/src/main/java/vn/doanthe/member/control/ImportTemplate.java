package vn.doanthe.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.control.Where;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnitType;

/**
 * The spreadsheet an office fills in to import members: the sheet the import reads (its header
 * only, so nothing made up is ever imported), a sheet of instructions with a row filled in
 * correctly, and the codes to write — the hamlets and the branches of the user's scope, the
 * ethnic groups and the religions — each on a sheet of its own. The import reads the first sheet
 * whose first row is its header, so the other sheets are never taken for members.
 */
@ApplicationScoped
public class ImportTemplate {

    /** More would make a file no one scrolls; a scope that large is a province's, which imports by commune. */
    private static final int LISTED = 20_000;

    /** Each column of the member sheet: whether it must be filled, and the key of how to write it. */
    private record Column(String name, boolean required, String how) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(MemberSheet.FULL_NAME, true, "fullName"), new Column(MemberSheet.GENDER, true, "gender"),
            new Column(MemberSheet.BIRTH_DATE, true, "birthDate"), new Column(MemberSheet.NATIONAL_ID, true, "nationalId"),
            new Column(MemberSheet.PHONE, false, "phone"), new Column(MemberSheet.HAMLET, true, "hamlet"),
            new Column(MemberSheet.ADDRESS, false, "address"), new Column(MemberSheet.ETHNICITY, false, "ethnicity"),
            new Column(MemberSheet.RELIGION, false, "religion"), new Column(MemberSheet.EDUCATION, false, "education"),
            new Column(MemberSheet.OCCUPATION, false, "occupation"), new Column(MemberSheet.UNIT, false, "unit"),
            new Column(MemberSheet.JOINED_ON, false, "joinedOn"), new Column(MemberSheet.MEMBER_NUMBER, false, "memberNumber"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /** Writes the template; {@code text} gives the reader's words for a key of the console's bundle. */
    public void write(OutputStream out, UnaryOperator<String> text) {
        Scope scope = scopes.current();
        List<List<Object>> hamlets = hamlets(scope);
        List<List<Object>> branches = branches(scope);
        try (RowWriter rows = RowWriter.xlsx(out, MemberSheet.SHEET_NAME)) {
            rows.row(MemberSheet.IMPORT_COLUMNS);
            rows.sheet(text.apply("member.import.guide.sheet"));
            guide(rows, text, hamlets, branches);
            rows.sheet(text.apply("member.import.guide.hamletsSheet"));
            rows.row(List.of(MemberSheet.HAMLET, text.apply("member.import.guide.hamletName"),
                    text.apply("member.import.guide.commune")));
            hamlets.forEach(rows::row);
            rows.sheet(text.apply("member.import.guide.branchesSheet"));
            rows.row(List.of(MemberSheet.UNIT, text.apply("member.import.guide.branchName"),
                    text.apply("member.import.guide.organisation"), text.apply("member.import.guide.place")));
            branches.forEach(rows::row);
            rows.sheet(text.apply("member.import.guide.codesSheet"));
            rows.row(List.of(MemberSheet.ETHNICITY, text.apply("member.import.guide.codeName"), "",
                    MemberSheet.RELIGION, text.apply("member.import.guide.codeName")));
            codes(rows);
        }
    }

    private static void guide(RowWriter rows, UnaryOperator<String> text, List<List<Object>> hamlets,
                              List<List<Object>> branches) {
        rows.row(List.of(text.apply("member.import.guide.title")));
        rows.row(List.of(text.apply("member.import.guide.intro")));
        rows.row(List.of(text.apply("member.import.guide.codes")));
        rows.row(List.of());
        rows.row(List.of(text.apply("member.import.guide.column"), text.apply("member.import.guide.required"),
                text.apply("member.import.guide.how")));
        for (Column column : COLUMNS) {
            rows.row(List.of(column.name(), text.apply(column.required() ? "member.import.guide.yes" : "member.import.guide.no"),
                    text.apply("member.import.guide.how." + column.how())));
        }
        rows.row(List.of());
        rows.row(List.of(text.apply("member.import.guide.example")));
        rows.row(MemberSheet.IMPORT_COLUMNS);
        String hamlet = hamlets.isEmpty() ? "" : hamlets.get(0).get(0).toString();
        String branch = branches.isEmpty() ? "" : branches.get(0).get(0).toString();
        rows.row(List.of("Nguyễn Thị Lan", "Nữ", "08/03/1990", "001190012345", "0912345678", hamlet,
                "Tổ 3", "01", "00", "12/12", "Nông nghiệp", branch, "01/01/2020", "HPN-0001"));
    }

    /** The hamlets in force in the scope: code, name, commune. */
    private List<List<Object>> hamlets(Scope scope) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] h : listed("select h.code, h.type, h.name, c.type, c.name from AdminUnit h join h.parent c"
                + " where h.validTo is null", scope.place("h").and("h.level = :hamlet", "hamlet", AdminLevel.HAMLET),
                "c.name, h.name")) {
            rows.add(List.of(h[0], named(h[1], h[2]), named(h[3], h[4])));
        }
        return rows;
    }

    /** The open units of the organisations of the scope a member can be enrolled in: number, name, organisation, place. */
    private List<List<Object>> branches(Scope scope) {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] o : listed("select o.id, o.name, g.shortName, a.type, a.name from OrgUnit o join o.organisation g"
                + " join o.adminUnit a where o.closedOn is null", scope.unit("o"), "g.sortOrder, a.name, o.name")) {
            rows.add(List.of(o[0].toString(), o[1], o[2], named(o[3], o[4])));
        }
        return rows;
    }

    /** The first {@value #LISTED} rows of a query within the scope's condition. */
    private List<Object[]> listed(String selectWhere, Where inScope, String orderBy) {
        TypedQuery<Object[]> query = em.createQuery(selectWhere + " and " + inScope.jpql() + " order by " + orderBy,
                Object[].class);
        inScope.parameters().forEach(query::setParameter);
        return query.setMaxResults(LISTED).getResultList();
    }

    private static String named(Object type, Object name) {
        return AdminUnitView.named((AdminUnitType) type, (String) name);
    }

    /** The ethnic groups and the religions side by side. */
    private void codes(RowWriter rows) {
        List<Object[]> groups = list("SELECT code, name FROM ethnic_group ORDER BY code");
        List<Object[]> religions = list("SELECT code, name FROM religion ORDER BY code");
        for (int i = 0; i < Math.max(groups.size(), religions.size()); i++) {
            List<Object> row = new ArrayList<>();
            row.add(i < groups.size() ? groups.get(i)[0] : "");
            row.add(i < groups.size() ? groups.get(i)[1] : "");
            row.add("");
            row.add(i < religions.size() ? religions.get(i)[0] : "");
            row.add(i < religions.size() ? religions.get(i)[1] : "");
            rows.row(row);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> list(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
