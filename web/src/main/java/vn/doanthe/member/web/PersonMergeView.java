package vn.doanthe.member.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.boundary.PersonMerges;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;

/**
 * The "Gộp hồ sơ" dialog of the person page: another record of the same person is chosen (a likely
 * duplicate is offered first), shown beside this one, and joined into it with a reason.
 */
@Named
@ViewScoped
public class PersonMergeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    PersonMerges personMerges;

    @Inject
    PersonSearch personSearch;

    @Inject
    PersonEditView page;

    private String merged;
    private PersonView other;
    private String reason;

    /** Opens the dialog on the first likely duplicate of the person, if there is one. */
    public void prepare() {
        PersonView kept = page.getPerson();
        reason = null;
        other = null;
        merged = null;
        List<PersonView> likely = persons.likelyDuplicates(new NewPerson(kept.fullName(), kept.gender(),
                kept.birthDate(), null, null, null, null, null, null, kept.hamletCode(), null), kept.id());
        if (!likely.isEmpty()) {
            merged = label(likely.get(0));
            other = likely.get(0);
        }
    }

    /** Records to merge: likely duplicates first, then the search's matches, never the person kept. */
    public List<String> complete(String query) {
        Long kept = page.getPerson().id();
        return personSearch.search(new PersonQuery(query, null, null, null), new PageRequest(0, 15)).items().stream()
                .filter(p -> !p.id().equals(kept)).map(PersonMergeView::label).toList();
    }

    public void compare() {
        Long id = Choices.id(merged);
        other = null;
        if (id != null) {
            Feedback.attempt("mergeForm", () -> other = persons.find(id));
        }
    }

    public void merge() throws IOException {
        Long kept = page.getPerson().id();
        PersonView[] result = new PersonView[1];
        if (Feedback.attempt("mergeForm", () -> result[0] = personMerges.merge(kept, Choices.id(merged), reason))) {
            Faces.getFlash().setKeepMessages(true);
            Feedback.info("member.merge.done", other == null ? merged : other.fullName(), result[0].fullName());
            Faces.redirect("member/person.xhtml?id=" + kept);
        }
    }

    private static String label(PersonView p) {
        return Choices.label(p.id(), p.fullName() + " (" + p.hamletName() + ")");
    }

    public String getMerged() {
        return merged;
    }

    public void setMerged(String merged) {
        this.merged = merged;
    }

    public PersonView getOther() {
        return other;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
