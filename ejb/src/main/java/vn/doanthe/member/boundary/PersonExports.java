package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.boundary.ExportFormat;

/**
 * Exports of a filtered list of persons, to XLSX or CSV. The rows are read from the database a
 * page at a time and written out as they come, so a province's list needs no more memory than
 * one page. Each export is an audit event: who took which list, how many persons.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class PersonExports {

    static final int PAGE = 500;

    @Inject
    PersonSearch persons;

    @Inject
    ChangeRecorder auditTrail;

    @Inject
    Callers callers;

    /** "thanh-vien-2026-11-27.xlsx": the list's name and the day it was taken. */
    public static String fileName(ExportFormat format) {
        return format.fileName("thanh-vien-" + VietnamTime.today());
    }

    public void export(@NotNull PersonQuery query, @NotNull ExportFormat format, boolean personalData,
                       @NotNull OutputStream out) {
        // Recorded as it starts: a download broken midway has still left the system in part.
        auditTrail.eventStarting(callers.current(), "EXPORT", "Person", "format=" + format + " q=" + query.text()
                + " unit=" + query.adminUnitCode() + " org=" + query.organisationCode() + " status=" + query.status()
                + " personalData=" + personalData);
        try (RowWriter rows = format == ExportFormat.XLSX
                ? RowWriter.xlsx(out, MemberSheet.SHEET_NAME) : RowWriter.csv(out)) {
            rows.row(MemberSheet.exportHeader());
            persons.eachPage(query, personalData, PAGE, page -> page.forEach(person -> rows.row(MemberSheet.exportRow(person))));
        }
    }
}
