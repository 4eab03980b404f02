package vn.doanthe.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.PagedModel;

/** The list of persons: one search box, filters, lazy paging sorted by given name. */
@Named
@ViewScoped
public class PersonListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    Organisations organisations;

    private String text;
    private String place;
    private String organisation;
    private MembershipStatus status;
    private List<OrganisationView> catalogue;
    private PagedModel<PersonView> list;

    @PostConstruct
    void init() {
        catalogue = organisations.all();
        search();
    }

    public void search() {
        PersonQuery query = new PersonQuery(text, Choices.key(place), organisation, status);
        list = new PagedModel<>(page -> persons.search(query, page), person -> person.id().toString());
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public List<OrganisationView> getCatalogue() {
        return catalogue;
    }

    public PagedModel<PersonView> getList() {
        return list;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }
}
