package vn.doanthe.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.doanthe.organisation.boundary.NewOrganisation;
import vn.doanthe.organisation.boundary.NewUnitType;
import vn.doanthe.organisation.boundary.OrgUnitTypeView;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.territory.entity.AdminLevel;

/** The catalogue of organisations and their unit types; administrators add to it without a release. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    private List<OrganisationView> catalogue;
    private OrganisationView selected;
    private List<OrgUnitTypeView> types = List.of();

    private String code;
    private String name;
    private String shortName;
    private String memberTitle = "hội viên";
    private int meetingIntervalMonths = 3;
    private int rank = 1;
    private AdminLevel adminLevel = AdminLevel.PROVINCE;

    @PostConstruct
    void init() {
        catalogue = organisations.all();
    }

    public void select(OrganisationView organisation) {
        selected = organisation;
        types = organisations.unitTypes(organisation.code());
    }

    public void create() {
        if (Feedback.attempt("organisationForm", () -> {
            OrganisationView created = organisations.create(
                    new NewOrganisation(code, name, shortName, memberTitle, meetingIntervalMonths));
            Feedback.info("organisation.added", created.name());
            select(created);
        })) {
            catalogue = organisations.all();
            code = null;
            name = null;
            shortName = null;
        }
    }

    public void addType() {
        if (Feedback.attempt("typeForm", () -> {
            OrgUnitTypeView added = organisations.addUnitType(selected.code(), new NewUnitType(code, name, rank, adminLevel));
            Feedback.info("organisation.typeAdded", added.name());
        })) {
            types = organisations.unitTypes(selected.code());
            code = null;
            name = null;
        }
    }

    public AdminLevel[] getLevels() {
        return AdminLevel.values();
    }

    public List<OrganisationView> getCatalogue() {
        return catalogue;
    }

    public OrganisationView getSelected() {
        return selected;
    }

    public List<OrgUnitTypeView> getTypes() {
        return types;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getMemberTitle() {
        return memberTitle;
    }

    public void setMemberTitle(String memberTitle) {
        this.memberTitle = memberTitle;
    }

    public int getMeetingIntervalMonths() {
        return meetingIntervalMonths;
    }

    public void setMeetingIntervalMonths(int meetingIntervalMonths) {
        this.meetingIntervalMonths = meetingIntervalMonths;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public AdminLevel getAdminLevel() {
        return adminLevel;
    }

    public void setAdminLevel(AdminLevel adminLevel) {
        this.adminLevel = adminLevel;
    }
}
