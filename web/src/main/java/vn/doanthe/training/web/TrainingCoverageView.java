package vn.doanthe.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.BarChart;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.Texts;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.web.PlacePicker;
import vn.doanthe.training.boundary.Coverage;
import vn.doanthe.training.boundary.CoverageQuery;
import vn.doanthe.training.boundary.TrainingCoverage;

/**
 * The training coverage page: of the holders of a post in a place at the end of a year, how many
 * completed a course for that post that year ("100 % of branch heads trained"), and the same for
 * each unit directly below, as figures and as a chart.
 */
@Named
@ViewScoped
public class TrainingCoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingCoverage coverage;

    @Inject
    Organisations organisations;

    @Inject
    Posts posts;

    @Inject
    AdminUnits adminUnits;

    private final PlacePicker place = new PlacePicker();
    private String organisation;
    private String post;
    private Integer year = VietnamTime.today().getYear();
    private Coverage shown;

    public void show() {
        CoverageQuery query = new CoverageQuery(place.code(), organisation, post, year);
        Feedback.attempt("filterForm", () -> shown = coverage.coverage(query));
    }

    /** The percentage trained of each unit directly below. */
    public String getChart() {
        List<Coverage.Child> children = shown.children();
        return BarChart.of(Texts.get("training.coverage.ratio"), children.stream().map(Coverage.Child::name).toList(),
                children.stream().map(c -> c.ratio() == null ? 0L
                        : c.ratio().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).longValue())
                        .toList());
    }

    public List<String> completePlace(String text) {
        return place.complete(adminUnits, text);
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.all();
    }

    /** The posts of the organisation chosen, or none to choose from until one is. */
    public List<PostTypeView> getPosts() {
        return organisation == null ? List.of() : posts.list(organisation);
    }

    public Coverage getShown() {
        return shown;
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

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
