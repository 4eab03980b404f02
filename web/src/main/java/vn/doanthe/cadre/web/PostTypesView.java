package vn.doanthe.cadre.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.doanthe.cadre.boundary.NewPostType;
import vn.doanthe.cadre.boundary.PostTypeChange;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.cadre.entity.PostRank;
import vn.doanthe.organisation.boundary.OrgUnitTypeView;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.web.Feedback;

/**
 * The post types page (danh mục chức vụ): the posts of each organisation's units as the charters
 * name them; an administrator of the whole province adds one or changes its name, rank, term, its
 * one-holder rule, or retires it.
 */
@Named
@ViewScoped
public class PostTypesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Posts posts;

    @Inject
    Organisations organisations;

    private String organisation;
    private List<PostTypeView> list;
    private String editing;
    private String code;
    private String unitType;
    private String name;
    private PostRank rank = PostRank.MEMBER;
    private boolean singleHolder;
    private Integer termMonths;
    private boolean active = true;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        list = posts.list(organisation);
    }

    /** An empty form for a new post of the organisation chosen. */
    public void prepareNew() {
        editing = null;
        code = null;
        unitType = null;
        name = null;
        rank = PostRank.MEMBER;
        singleHolder = false;
        termMonths = null;
        active = true;
    }

    public void prepareChange(PostTypeView post) {
        editing = post.code();
        code = post.code();
        organisation = post.organisation();
        unitType = post.unitType();
        name = post.name();
        rank = post.rank();
        singleHolder = post.singleHolder();
        termMonths = post.termMonths();
        active = post.active();
    }

    public void save() {
        boolean saved = editing == null
                ? Feedback.attempt("postForm", () -> posts.create(new NewPostType(code, name, organisation, unitType,
                        rank, singleHolder, termMonths)))
                : Feedback.attempt("postForm", () -> posts.change(editing, new PostTypeChange(name, rank, singleHolder,
                        termMonths, active)));
        if (saved) {
            Feedback.info("cadre.postTypes.saved");
            search();
        }
    }

    public List<OrganisationView> getOrganisations() {
        return organisations.all();
    }

    /** The unit types of the organisation chosen, for a new post. */
    public List<OrgUnitTypeView> getUnitTypes() {
        return organisation == null ? List.of() : organisations.unitTypes(organisation);
    }

    public PostRank[] getRanks() {
        return PostRank.values();
    }

    public List<PostTypeView> getList() {
        return list;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUnitType() {
        return unitType;
    }

    public void setUnitType(String unitType) {
        this.unitType = unitType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PostRank getRank() {
        return rank;
    }

    public void setRank(PostRank rank) {
        this.rank = rank;
    }

    public boolean isSingleHolder() {
        return singleHolder;
    }

    public void setSingleHolder(boolean singleHolder) {
        this.singleHolder = singleHolder;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
