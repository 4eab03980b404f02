package vn.doanthe.directive.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.doanthe.directive.boundary.DirectiveView;
import vn.doanthe.directive.boundary.Directives;
import vn.doanthe.directive.boundary.NewDirective;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.ListMemory;

/**
 * The register of directives (Văn bản chỉ đạo): the documents the caller reads, found by symbol or
 * title words typed with or without diacritics, and the form that registers one. Every mistake
 * shows beside its field at once; the form keeps what was typed.
 */
@Named
@ViewScoped
public class DirectiveListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final String LIST = "directives";

    @Inject
    ListMemory memory;

    @Inject
    Directives directives;

    private String q;
    private Page<DirectiveView> found = new Page<>(List.of(), 0);

    private DirectiveForm form = new DirectiveForm();

    @PostConstruct
    void init() {
        memory.<String>recall(LIST).ifPresent(kept -> q = kept.search());
        search();
    }

    /** The documents whose words hold the text; the text is kept for when the user comes back from one. */
    public void search() {
        String text = q;
        if (Feedback.attempt("searchForm", () -> found = directives.list(text, new PageRequest(0, SHOWN)))) {
            memory.search(LIST, text == null ? "" : text, SHOWN);
        }
    }

    public void prepare() {
        form = new DirectiveForm();
    }

    /** Registers the document and opens its page, where its files and summaries are added. */
    public void register() {
        NewDirective request = form.request();
        Feedback.attempt("directiveForm", () -> {
            DirectiveView created = directives.register(request);
            Faces.redirect("directive/directive.xhtml?id=" + created.id());
        });
    }

    public DirectiveForm getForm() {
        return form;
    }

    public List<DirectiveView> getList() {
        return found.items();
    }

    public long getTotal() {
        return found.total();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
