package vn.doanthe.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.meeting.boundary.NewSupervision;
import vn.doanthe.meeting.boundary.SupervisionView;
import vn.doanthe.meeting.boundary.Supervisions;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.member.web.PersonPicker;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Dates;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.web.PlacePicker;

/**
 * The supervision page (cán bộ phụ trách địa bàn dự sinh hoạt): the cadres assigned under a place
 * for a year with the meetings they attended against those required, those behind first, and the
 * form that assigns one.
 */
@Named
@ViewScoped
public class SupervisionPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervisions supervisions;

    @Inject
    AdminUnits adminUnits;

    @Inject
    OrgUnits orgUnits;

    @Inject
    PersonSearch personSearch;

    @Inject
    Dates dates;

    private final PlacePicker place = new PlacePicker();
    private Integer year = VietnamTime.today().getYear();
    private List<SupervisionView> report;
    private String shownPlace;
    private int shownYear;

    private final PersonPicker cadre = new PersonPicker();
    private final UnitPicker unit = new UnitPicker();
    private Integer required;

    public void show() {
        String code = place.code();
        Integer asked = year;
        if (Feedback.attempt("filterForm", () -> report = supervisions.report(code, asked))) {
            shownPlace = code;
            shownYear = asked == null ? VietnamTime.today().getYear() : asked;
        }
    }

    /** The report shown, downloaded as the table a level files. */
    public void exportXlsx() {
        Locale locale = ChosenLanguage.current();
        List<SupervisionView> shown = report;
        Faces.sendFile(SupervisionSheet.fileName(shownPlace, shownYear), true,
                out -> SupervisionSheet.write(shown, locale, out));
    }

    public void prepareAssignment() {
        cadre.clear();
        unit.clear();
        required = null;
    }

    public void assign() {
        NewSupervision request = new NewSupervision(cadre.id(), unit.id(), shownYear, required);
        if (Feedback.attempt("assignForm", () -> supervisions.assign(request))) {
            Feedback.info("meeting.supervision.assigned", cadre.getText());
            report = supervisions.report(shownPlace, shownYear);
        }
    }

    public List<String> completePlace(String text) {
        return place.complete(adminUnits, text);
    }

    public List<String> completeCadre(String text) {
        return cadre.complete(personSearch, dates, text);
    }

    public List<String> completeUnit(String text) {
        return unit.complete(orgUnits, text);
    }

    public PlacePicker getPlace() {
        return place;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<SupervisionView> getReport() {
        return report;
    }

    public int getShownYear() {
        return shownYear;
    }

    public PersonPicker getCadre() {
        return cadre;
    }

    public UnitPicker getUnit() {
        return unit;
    }

    public Integer getRequired() {
        return required;
    }

    public void setRequired(Integer required) {
        this.required = required;
    }
}
