package vn.doanthe.cadre.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.cadre.boundary.CadreQuery;
import vn.doanthe.cadre.boundary.CadreView;
import vn.doanthe.cadre.boundary.Cadres;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;
import vn.doanthe.territory.web.PlacePicker;
import vn.doanthe.territory.boundary.AdminUnits;

/**
 * The cadres page (cán bộ): who holds posts on a day in a territory, of an organisation and a
 * post, each person once with all their posts; the place picked by its name.
 */
@Named
@ViewScoped
public class CadreListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cadres cadres;

    @Inject
    Posts posts;

    @Inject
    Organisations organisations;

    @Inject
    AdminUnits adminUnits;

    private final PlacePicker place = new PlacePicker();
    private String organisation;
    private String post;
    private LocalDate asOf;
    private PagedModel<CadreView> list;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        CadreQuery query = new CadreQuery(place.code(), organisation, post, asOf);
        list = new PagedModel<>(page -> cadres.list(query, page), cadre -> cadre.personId().toString());
    }

    /** The list as the filters stand, every page, downloaded as a spreadsheet. */
    public void exportXlsx() {
        CadreQuery query = new CadreQuery(place.code(), organisation, post, asOf);
        Locale locale = ChosenLanguage.current();
        Feedback.attempt("filterForm", () -> {
            List<CadreView> all = cadres.export(query);
            Faces.sendFile(CadreSheets.CADRES_FILE, true, out -> CadreSheets.cadres(all, locale, out));
        });
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

    public PagedModel<CadreView> getList() {
        return list;
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

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
