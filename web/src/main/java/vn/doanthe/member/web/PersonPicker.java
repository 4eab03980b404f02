package vn.doanthe.member.web;

import java.io.Serializable;
import java.util.List;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Dates;
import vn.doanthe.platform.web.Suggestions;

/**
 * A person picked by name on a page (with birth date and hamlet, so two namesakes are told apart),
 * and the id it stands for.
 */
public final class PersonPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Suggestions<Long> offered = new Suggestions<>();
    private String text;

    /** Persons in the caller's scope whose name holds the words typed, with or without marks. */
    public List<String> complete(PersonSearch search, Dates dates, String typed) {
        return offered.offer(search.search(new PersonQuery(typed, null, null, null), new PageRequest(0, 15)).items(),
                p -> p.fullName() + " — " + dates.format(p.birthDate()) + ", " + p.hamletName(), p -> p.id());
    }

    /** The id of the person picked; null when none is. */
    public Long id() {
        return offered.key(text);
    }

    public void clear() {
        text = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
