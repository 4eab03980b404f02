package vn.doanthe.member.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;
import vn.doanthe.member.boundary.ImportMode;
import vn.doanthe.member.boundary.ImportProblem;
import vn.doanthe.member.boundary.ImportView;
import vn.doanthe.member.boundary.MemberImports;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.web.DomainMessages;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.Texts;

/**
 * The member import page: the template, the upload, the progress of the import being watched, its
 * problems and the decision to import the valid rows or nothing, and the user's recent imports.
 */
@Named
@ViewScoped
public class MemberImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_PROBLEMS = 100;

    @Inject
    MemberImports imports;

    private Long id;
    private transient UploadedFile file;
    private ImportView current;
    private List<ImportProblem> problems = List.of();

    public void load() {
        refresh();
    }

    public void refresh() {
        current = id == null ? null : imports.find(id);
        problems = current == null || current.running() ? List.of() : imports.problems(id, SHOWN_PROBLEMS);
    }

    /** A file not chosen, or empty, is said so beside the field; nothing is uploaded. */
    public void upload() {
        Feedback.attempt("importForm", () -> {
            if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
                throw new InvalidInput("file", "member.import.error.noFile");
            }
            if (file.getSize() == 0) {
                throw new InvalidInput("file", "member.import.error.emptyFile",
                        file.getFileName());
            }
            String type = file.getContentType() == null ? "" : file.getContentType();
            if (type.startsWith("text/")) {
                throw new InvalidInput("file", "member.import.error.contentType", type);
            }
            id = imports.upload(file.getFileName(), file.getContent()).id();
            refresh();
        });
    }

    public void importValidRows() {
        decide(ImportMode.VALID_ONLY);
    }

    public void importNothing() {
        decide(ImportMode.NOTHING);
    }

    private void decide(ImportMode mode) {
        Feedback.attempt("importForm", () -> {
            imports.commit(id, mode);
            refresh();
        });
    }

    public void template() {
        Locale locale = Faces.getLocale();
        Faces.sendFile("mau-nhap-thanh-vien.xlsx", true, out -> imports.template(out, key -> Texts.get(locale, key)));
    }

    public void report() {
        Locale locale = Faces.getLocale();
        Faces.sendFile("bao-cao-nhap-" + id + ".xlsx", true, out -> imports.report(id, p -> text(p, locale), out));
    }

    public String text(ImportProblem problem) {
        return text(problem, Faces.getLocale());
    }

    private static String text(ImportProblem problem, Locale locale) {
        return DomainMessages.format(problem.messageKey(), locale, problem.arguments().toArray());
    }

    public String failure() {
        return current == null || current.failure() == null ? null
                : DomainMessages.format(current.failure(), Faces.getLocale());
    }

    public List<ImportView> getRecent() {
        return imports.recent(10);
    }

    public ImportView getCurrent() {
        return current;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
