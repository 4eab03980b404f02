package vn.doanthe.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.doanthe.organisation.boundary.NewOrgUnit;
import vn.doanthe.organisation.boundary.OrgUnitTypeView;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminLevel;

/**
 * One organisation's tree of units (loaded a level at a time), the units on a territory and
 * below it, and the commands to open, rename and close units.
 */
@Named
@ViewScoped
public class OrgUnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    OrgUnits orgUnits;

    @Inject
    AdminUnits adminUnits;

    private List<OrganisationView> catalogue;
    private String organisation;
    private List<OrgUnitTypeView> types;
    private TreeNode<OrgUnitView> tree;
    private TreeNode<OrgUnitView> selectedNode;
    private OrgUnitView selected;
    private String place;
    private String text;
    private PagedModel<OrgUnitView> list;

    private String type;
    private String adminUnit;
    private String name;
    private LocalDate day;
    private String reason;

    @PostConstruct
    void init() {
        catalogue = organisations.all();
        organisation = catalogue.isEmpty() ? null : catalogue.get(0).code();
        organisationChanged();
    }

    public void organisationChanged() {
        types = organisation == null ? List.of() : organisations.unitTypes(organisation);
        int lowest = types.stream().mapToInt(OrgUnitTypeView::rank).max().orElse(0);
        tree = new LazyDefaultTreeNode<>(null, this::childrenOf, unit -> unit != null && unit.rank() == lowest);
        selected = null;
        selectedNode = null;
        list = null;
    }

    private List<OrgUnitView> childrenOf(OrgUnitView parent) {
        return parent == null ? orgUnits.roots(organisation) : orgUnits.children(parent.id());
    }

    public void onNodeSelect(NodeSelectEvent event) {
        selected = (OrgUnitView) event.getTreeNode().getData();
    }

    public void show(Long id) {
        selected = orgUnits.find(id);
    }

    public void filter() {
        String inOrganisation = organisation;
        String placeCode = Choices.key(place);
        String name = text;
        list = new PagedModel<>(page -> orgUnits.search(inOrganisation, placeCode, name, false, page),
                unit -> unit.id().toString());
    }

    /**
     * Types that may be opened under the selected unit, or the top type when none is selected.
     * District-level types are left out: districts ended on 30 June 2025 and remain only as history.
     */
    public List<OrgUnitTypeView> getCreatableTypes() {
        int minimum = types.stream().mapToInt(OrgUnitTypeView::rank).min().orElse(1);
        return types.stream().filter(t -> t.adminLevel() != AdminLevel.DISTRICT)
                .filter(t -> selected == null ? t.rank() == minimum : t.rank() > selected.rank()).toList();
    }

    public void prepareCreate() {
        List<OrgUnitTypeView> creatable = getCreatableTypes();
        type = creatable.isEmpty() ? null : creatable.get(0).code();
        adminUnit = null;
        name = null;
        day = null;
    }

    public List<String> completeAdminUnit(String query) {
        AdminLevel level = types.stream().filter(t -> t.code().equals(type)).map(OrgUnitTypeView::adminLevel).findFirst().orElse(null);
        return adminUnits.search(query, level, null, null, new PageRequest(0, 15)).items().stream()
                .map(u -> Choices.label(u.code(), u.name())).toList();
    }

    public void create() {
        Long parentId = selected == null ? null : selected.id();
        String adminUnitCode = Choices.key(adminUnit);
        if (Feedback.attempt("createForm", () -> {
            OrgUnitView created = orgUnits.create(new NewOrgUnit(organisation, type, parentId, adminUnitCode, name, day));
            Feedback.info("orgunit.created", created.name());
        })) {
            refresh();
        }
    }

    public void rename() {
        if (Feedback.attempt("renameForm", () -> {
            selected = orgUnits.rename(selected.id(), name);
            Feedback.info("orgunit.renamed", selected.name());
        })) {
            refresh();
        }
    }

    public void close() {
        if (Feedback.attempt("closeForm", () -> {
            selected = orgUnits.close(selected.id(), day, reason);
            Feedback.info("orgunit.closed", selected.name());
        })) {
            refresh();
        }
    }

    private void refresh() {
        OrgUnitView keep = selected;
        organisationChanged();
        selected = keep == null ? null : orgUnits.find(keep.id());
        name = null;
        day = null;
        reason = null;
    }

    public List<OrganisationView> getCatalogue() {
        return catalogue;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public TreeNode<OrgUnitView> getTree() {
        return tree;
    }

    public TreeNode<OrgUnitView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrgUnitView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrgUnitView getSelected() {
        return selected;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PagedModel<OrgUnitView> getList() {
        return list;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAdminUnit() {
        return adminUnit;
    }

    public void setAdminUnit(String adminUnit) {
        this.adminUnit = adminUnit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
