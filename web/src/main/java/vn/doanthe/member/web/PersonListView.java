package vn.doanthe.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import vn.doanthe.member.boundary.ExportFormat;
import vn.doanthe.member.boundary.PersonExports;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;

/** The list of persons: one search box, filters, lazy paging sorted by given name, export of what is filtered. */
@Named
@ViewScoped
public class PersonListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Persons persons;

    @Inject
    Organisations organisations;

    @Inject
    PersonExports exports;

    private String text;
    private String place;
    private String organisation;
    private MembershipStatus status;
    private boolean personalData;
    private List<OrganisationView> catalogue;
    private PagedModel<PersonView> list;

    @PostConstruct
    void init() {
        catalogue = organisations.all();
        search();
    }

    public void search() {
        PersonQuery query = query();
        list = new PagedModel<>(page -> persons.search(query, page), person -> person.id().toString());
    }

    /** The list as the filters stand, downloaded as a spreadsheet. */
    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    private void export(ExportFormat format) {
        PersonQuery query = query();
        Feedback.attempt("searchForm", () -> {
            persons.check(query);
            persons.requirePersonalDataGrant(personalData);
            Faces.sendFile(PersonExports.fileName(format), true, out -> exports.export(query, format, personalData, out));
        });
    }

    private PersonQuery query() {
        return new PersonQuery(text, Choices.key(place), organisation, status);
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

    public boolean isPersonalData() {
        return personalData;
    }

    public void setPersonalData(boolean personalData) {
        this.personalData = personalData;
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
