package vn.doanthe.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;
import vn.doanthe.directive.boundary.AttachmentView;
import vn.doanthe.directive.boundary.DirectiveView;
import vn.doanthe.directive.boundary.Directives;
import vn.doanthe.directive.boundary.NewDirective;
import vn.doanthe.directive.boundary.NewSummary;
import vn.doanthe.directive.boundary.Summaries;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;

/**
 * One document of the register: its particulars (corrected in place), its files, and its summaries
 * for members with their versions — written, sent for review, approved, changed as a next version,
 * or adapted by a level below. Every mistake shows beside its field; what was typed stays.
 */
@Named
@ViewScoped
public class DirectiveFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directives directives;

    @Inject
    Summaries summaries;

    private Long id;
    private DirectiveView directive;
    private List<AttachmentView> files = List.of();
    private List<SummaryView> versions = List.of();
    private transient UploadedFile file;

    private DirectiveForm form = new DirectiveForm();

    /** What the summary form does: write a first version, change {@link #editing}, or adapt {@link #adapting}. */
    private Long editing;
    private Long adapting;
    private String editedHash;
    private String text;
    private String outline;

    public void load() {
        if (Feedback.attempt(null, () -> directive = directives.find(id))) {
            refresh();
        }
    }

    private void refresh() {
        directive = directives.find(id);
        files = directives.attachments(id);
        versions = summaries.of(id);
    }

    public void prepareCorrection() {
        form = DirectiveForm.of(directive);
    }

    public void correct() {
        NewDirective request = form.request();
        if (Feedback.attempt("correctForm", () -> directives.correct(id, request, directive.version()))) {
            refresh();
            Feedback.info("directive.corrected");
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.refused(new InvalidInput("file", "validation.required"), "filesForm");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(Directives.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            Feedback.refused(new InvalidInput("file", "directive.error.fileUnreadable"), "filesForm");
            return;
        }
        String name = file.getFileName();
        if (Feedback.attempt("filesForm", () -> directives.attach(id, name, content))) {
            refresh();
            Feedback.info("directive.file.kept", name);
        }
    }

    /** A file's size as people read it: "48 B", "312 KB", "2,4 MB" (in the reader's language). */
    public String size(AttachmentView attachment) {
        long bytes = attachment.size();
        NumberFormat format = NumberFormat.getNumberInstance(ChosenLanguage.current());
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024)) + " MB";
    }

    public void download(AttachmentView attachment) {
        Feedback.attempt("filesForm", () -> Faces.sendFile(attachment.fileName(), true,
                out -> directives.content(id, attachment.id(), out)));
    }

    public void prepareSummary() {
        editing = null;
        adapting = null;
        editedHash = null;
        text = null;
        outline = null;
    }

    public void prepareEdit(SummaryView summary) {
        prepareSummary();
        editing = summary.id();
        editedHash = summary.hash();
        text = summary.text();
        outline = summary.outline();
    }

    /** A level below starts its own version from an approved one above, its words to adapt. */
    public void prepareAdapt(SummaryView summary) {
        prepareSummary();
        adapting = summary.id();
        text = summary.text();
        outline = summary.outline();
    }

    public void saveSummary() {
        NewSummary request = new NewSummary(text, outline, adapting, editedHash);
        boolean saved = Feedback.attempt("summaryForm", () -> {
            if (editing == null) {
                summaries.write(id, request);
            } else {
                summaries.revise(editing, request);
            }
        });
        if (saved) {
            refresh();
            Feedback.info("directive.summary.saved");
        }
    }

    public void submit(SummaryView summary) {
        if (Feedback.attempt("summariesForm", () -> summaries.submit(summary.id()))) {
            refresh();
        }
    }

    public void approve(SummaryView summary) {
        if (Feedback.attempt("summariesForm", () -> summaries.approve(summary.id()))) {
            refresh();
            Feedback.info("directive.summary.approvedNote", summary.version());
        }
    }

    public String getSummaryHeader() {
        return editing != null ? "directive.summary.edit" : adapting != null ? "directive.summary.adapt"
                : "directive.summary.new";
    }

    public DirectiveForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DirectiveView getDirective() {
        return directive;
    }

    public List<AttachmentView> getFiles() {
        return files;
    }

    public List<SummaryView> getVersions() {
        return versions;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOutline() {
        return outline;
    }

    public void setOutline(String outline) {
        this.outline = outline;
    }
}
