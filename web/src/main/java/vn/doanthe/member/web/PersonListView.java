package vn.doanthe.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import vn.doanthe.member.boundary.PersonExports;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.PersonalDataRequests;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.boundary.ExportFormat;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.Seek;
import vn.doanthe.platform.boundary.Slice;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.KeysetModel;
import vn.doanthe.platform.web.ListMemory;

/** The list of persons: one search box, filters, lazy paging sorted by given name, export of what is filtered. */
@Named
@ViewScoped
public class PersonListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "persons";
    private static final int DEFAULT_ROWS = 20;

    @Inject
    PersonSearch personSearch;

    @Inject
    PersonalDataRequests personalDataRequests;

    @Inject
    Organisations organisations;

    @Inject
    PersonExports exports;

    @Inject
    OrgUnits orgUnits;

    @Inject
    ListMemory memory;

    private String text;
    private String place;
    private String organisation;
    private MembershipStatus status;
    private String orgUnit;
    private Gender gender;
    private Integer ageFrom;
    private Integer ageTo;
    private LocalDate joinedFrom;
    private LocalDate joinedTo;
    private boolean personalData;
    private List<OrganisationView> catalogue;
    private KeysetModel<PersonView> list;
    private int first;
    private int rows = DEFAULT_ROWS;

    @PostConstruct
    void init() {
        catalogue = organisations.all();
        memory.<Search>recall(LIST).ifPresent(kept -> {
            kept.search().applyTo(this);
            first = kept.first();
            rows = kept.rows();
        });
        showList();
    }

    /** The filters as typed, kept for the session so that the list is found again as it was left. */
    record Search(String text, String place, String organisation, MembershipStatus status, String orgUnit, Gender gender,
                  Integer ageFrom, Integer ageTo, LocalDate joinedFrom, LocalDate joinedTo) implements Serializable {

        static Search of(PersonListView view) {
            return new Search(view.text, view.place, view.organisation, view.status, view.orgUnit, view.gender,
                    view.ageFrom, view.ageTo, view.joinedFrom, view.joinedTo);
        }

        void applyTo(PersonListView view) {
            view.text = text;
            view.place = place;
            view.organisation = organisation;
            view.status = status;
            view.orgUnit = orgUnit;
            view.gender = gender;
            view.ageFrom = ageFrom;
            view.ageTo = ageTo;
            view.joinedFrom = joinedFrom;
            view.joinedTo = joinedTo;
        }
    }

    /**
     * A new list for the filters as they stand, counted once; filters the registry refuses (an
     * age range upside down) are explained next to their fields and the list shown stays.
     */
    public void search() {
        PersonQuery query = query();
        if (list != null && !Feedback.attempt("searchForm", () -> personSearch.check(query))) {
            return;
        }
        first = 0;
        memory.search(LIST, Search.of(this), rows);
        showList();
    }

    private void showList() {
        PersonQuery query = query();
        list = new KeysetModel<PersonView>(new KeysetModel.Source<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public long count() {
                return personSearch.count(query);
            }

            @Override
            public Slice<PersonView> slice(Seek seek) {
                return personSearch.search(query, seek);
            }
        }, person -> person.id().toString()).onPage((shownFirst, size) -> memory.page(LIST, shownFirst, size));
    }

    /** The first row of the page the list opens on: where it was left. */
    public int getFirst() {
        return first;
    }

    public int getRows() {
        return rows;
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
            personSearch.check(query);
            personalDataRequests.requirePersonalDataGrant(personalData);
            Faces.sendFile(PersonExports.fileName(format), true, out -> exports.export(query, format, personalData, out));
        });
    }

    private PersonQuery query() {
        return new PersonQuery(text, Choices.key(place), organisation, status, Choices.id(orgUnit), gender, ageFrom,
                ageTo, joinedFrom, joinedTo);
    }

    /** Organisation units whose name has the typed words, as "id name" lines. */
    public List<String> completeUnit(String typed) {
        return orgUnits.search(null, Choices.key(place), typed, false, new PageRequest(0, 20)).items().stream()
                .map((OrgUnitView u) -> Choices.label(u.id(), u.name())).toList();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Integer getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(Integer ageFrom) {
        this.ageFrom = ageFrom;
    }

    public Integer getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(Integer ageTo) {
        this.ageTo = ageTo;
    }

    public LocalDate getJoinedFrom() {
        return joinedFrom;
    }

    public void setJoinedFrom(LocalDate joinedFrom) {
        this.joinedFrom = joinedFrom;
    }

    public LocalDate getJoinedTo() {
        return joinedTo;
    }

    public void setJoinedTo(LocalDate joinedTo) {
        this.joinedTo = joinedTo;
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public List<OrganisationView> getCatalogue() {
        return catalogue;
    }

    public KeysetModel<PersonView> getList() {
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
