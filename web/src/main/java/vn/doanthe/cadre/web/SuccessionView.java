package vn.doanthe.cadre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;
import vn.doanthe.cadre.boundary.CadreAgeReport;
import vn.doanthe.cadre.boundary.CadreAges;
import vn.doanthe.cadre.boundary.Succession;
import vn.doanthe.cadre.boundary.SuccessionItem;
import vn.doanthe.cadre.boundary.SuccessionItem.Reason;
import vn.doanthe.cadre.boundary.SuccessionQuery;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.web.PlacePicker;

/** The succession page (nguồn cán bộ kế cận): units whose head is ageing without a young deputy, vacant, acting too long, or near the end of the term. */
@Named
@ViewScoped
public class SuccessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Succession succession;

    @Inject
    Organisations organisations;

    @Inject
    AdminUnits adminUnits;

    @Inject
    CadreAgeReport ageReport;

    private final PlacePicker place = new PlacePicker();
    private String organisation;
    private Integer headAge = 60;
    private Integer deputyAge = 45;
    private List<SuccessionItem> items;
    private CadreAges ages;

    public void report() {
        SuccessionQuery query = new SuccessionQuery(place.code(), organisation, headAge, deputyAge, null, null, null);
        Feedback.attempt("filterForm", () -> {
            items = succession.named(query);
            ages = place.code() == null ? null : ageReport.ages(place.code(), organisation, null);
        });
    }

    /** How many units the report names for each reason, for the dashboard above the list. */
    public Map<Reason, Long> getCounts() {
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        for (Reason reason : Reason.values()) {
            counts.put(reason, 0L);
        }
        if (items != null) {
            items.forEach(i -> counts.merge(i.reason(), 1L, Long::sum));
        }
        return counts;
    }

    public Reason[] getReasons() {
        return Reason.values();
    }

    public CadreAges getAges() {
        return ages;
    }

    /** The report as the filters stand, downloaded as a spreadsheet. */
    public void exportXlsx() {
        SuccessionQuery query = new SuccessionQuery(place.code(), organisation, headAge, deputyAge, null, null, null);
        Locale locale = ChosenLanguage.current();
        Feedback.attempt("filterForm", () -> {
            List<SuccessionItem> all = succession.export(query);
            Faces.sendFile(CadreSheets.SUCCESSION_FILE, true, out -> CadreSheets.succession(all, locale, out));
        });
    }

    public List<String> completePlace(String text) {
        return place.complete(adminUnits, text);
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.all();
    }

    public List<SuccessionItem> getItems() {
        return items;
    }

    public PlacePicker getPlace() {
        return place;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Integer getHeadAge() {
        return headAge;
    }

    public void setHeadAge(Integer headAge) {
        this.headAge = headAge;
    }

    public Integer getDeputyAge() {
        return deputyAge;
    }

    public void setDeputyAge(Integer deputyAge) {
        this.deputyAge = deputyAge;
    }
}
