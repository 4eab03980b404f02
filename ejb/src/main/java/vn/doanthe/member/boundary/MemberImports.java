package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.doanthe.member.control.ImportTemplate;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.MemberSheetReader;
import vn.doanthe.member.entity.MemberImport;
import vn.doanthe.member.entity.MemberImportError;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.ChangeRecorder;

/**
 * Imports of members from a spreadsheet. An upload is checked row by row in the background and
 * nothing is written; the user then imports the valid rows or nothing. The file is kept with the
 * import; a report lists each row in error with its messages.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MemberImports {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(MemberImports.class.getName());
    private static final String VIEW = "select new vn.doanthe.member.boundary.ImportView(i.id, i.fileName, i.username,"
            + " i.state, i.total, i.done, i.valid, i.invalid, i.created, i.unchanged, i.failure, i.createdAt,"
            + " i.finishedAt) from MemberImport i";

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportTemplate template;

    @Inject
    MemberImportJobs jobs;

    @Inject
    Callers callers;

    @Inject
    ChangeRecorder auditTrail;

    /** Keeps the file and starts its check; refuses at once what is not a member spreadsheet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Reading(allowed = {Role.ADMIN, Role.STAFF})
    public ImportView upload(@NotNull String fileName, @NotNull byte[] content) {
        Caller caller = importer();
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "member.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        // Counted at once (the sheet is read without checking anything): the progress of the check is out of it.
        int rows = MemberSheetReader.count(content);
        Long id = jobs.create(caller, storedFileName(fileName), content, rows);
        jobs.validate(id, caller);
        return find(id);
    }

    /** The user's decision on a checked import: write its valid rows (in the background) or nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Reading(allowed = {Role.ADMIN, Role.STAFF})
    public ImportView commit(@NotNull Long id, @NotNull ImportMode mode) {
        Caller caller = importer();
        find(id);
        jobs.decide(id, mode, caller);
        if (mode == ImportMode.VALID_ONLY) {
            jobs.write(id, caller);
        }
        return find(id);
    }

    /**
     * An import, for the user who uploaded it or an administrator: the file holds other people's
     * personal data, so anyone else is answered as if it did not exist, and the attempt is logged.
     */
    public ImportView find(Long id) {
        ImportView found = em.createQuery(VIEW + " where i.id = :id", ImportView.class).setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("id", "member.import.error.notFound", id));
        Caller caller = callers.current();
        if (!caller.is(Role.ADMIN) && !found.username().equals(caller.username())) {
            LOG.warning(() -> "'" + caller.username() + "' from " + caller.clientAddress() + " asked for import " + id
                    + " of '" + found.username() + "'");
            throw new RecordNotFound("id", "member.import.error.notFound", id);
        }
        return found;
    }

    /** The caller's latest imports, newest first. */
    public List<ImportView> recent(int max) {
        return em.createQuery(VIEW + " where i.username = :username order by i.id desc", ImportView.class)
                .setParameter("username", callers.current().username()).setMaxResults(max).getResultList();
    }

    /** How many of the caller's imports are checked and wait for them to import the valid rows or nothing. */
    public long awaitingDecision() {
        return em.createQuery("select count(i) from MemberImport i where i.username = :username and i.state = :state",
                        Long.class).setParameter("username", callers.current().username())
                .setParameter("state", MemberImport.State.VALIDATED).getSingleResult();
    }

    /** The first {@code max} problems, by row. */
    public List<ImportProblem> problems(Long id, int max) {
        find(id);
        return em.createNamedQuery("MemberImportError.of", MemberImportError.class)
                .setParameter("import", id).setMaxResults(max).getResultStream().map(ImportProblem::of).toList();
    }

    /** The rows in error as they were uploaded, each with its messages in a last column, as XLSX. */
    public void report(Long id, Function<ImportProblem, String> text, OutputStream out) {
        find(id);
        Map<Integer, List<ImportProblem>> byRow = em.createNamedQuery("MemberImportError.of",
                        MemberImportError.class).setParameter("import", id)
                .getResultStream().map(ImportProblem::of)
                .collect(Collectors.groupingBy(ImportProblem::row));
        try (RowWriter rows = RowWriter.xlsx(out, MemberSheet.SHEET_NAME)) {
            List<Object> header = new ArrayList<>(MemberSheet.IMPORT_COLUMNS);
            header.add("Dòng");
            header.add(MemberSheet.ERRORS_COLUMN);
            rows.row(header);
            MemberSheetReader.read(jobs.content(id), uploaded -> {
                List<ImportProblem> problems = byRow.get(uploaded.number());
                if (problems != null) {
                    List<Object> row = new ArrayList<>(uploaded.cells());
                    row.add(uploaded.number());
                    row.add(problems.stream().map(p -> (p.column() == null ? "" : p.column() + ": ") + text.apply(p))
                            .collect(Collectors.joining("\n")));
                    rows.row(row);
                }
            });
        }
    }

    /**
     * The spreadsheet to fill in: the columns an import reads (in Vietnamese, as offices write
     * them), instructions with a row filled in correctly, and the codes of the caller's scope.
     * {@code text} gives the reader's words for a key of the console's bundle.
     */
    public void template(OutputStream out, UnaryOperator<String> text) {
        template.write(out, text);
    }

    /**
     * The browser's name of the file, kept only to tell uploads apart: tidied, without what cannot
     * be stored, at most 255 characters (its end kept, where the extension is).
     */
    static String storedFileName(String fileName) {
        String tidy = VietnameseText.tidy(fileName).codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int length = tidy.codePointCount(0, tidy.length());
        String kept = length <= 255 ? tidy : tidy.substring(tidy.offsetByCodePoints(0, length - 255));
        return kept.isBlank() ? "-" : kept;
    }

    private Caller importer() {
        Caller caller = callers.current();
        if (!caller.writes()) {
            throw new AccessDenied("error.accessDenied");
        }
        return caller;
    }
}
