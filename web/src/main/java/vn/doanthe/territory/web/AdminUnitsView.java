package vn.doanthe.territory.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.NewHamlet;
import vn.doanthe.territory.boundary.UnitHistory;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnitType;

/**
 * The territory page: the unit tree as of a chosen day (loaded a level at a time), a search that
 * ignores diacritics, a unit's details and history, and the commands on it.
 */
@Named
@ViewScoped
public class AdminUnitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final AdminUnitView ROOT = new AdminUnitView(null, "", null, null, "", null, null, null, null, null, null, false);

    @Inject
    AdminUnits units;

    private LocalDate asOf = VietnamTime.today();
    private TreeNode<AdminUnitView> tree;
    private TreeNode<AdminUnitView> selectedNode;
    private String query;
    private PagedModel<AdminUnitView> results;
    private UnitHistory selected;

    private String hamletName;
    private AdminUnitType hamletType = AdminUnitType.AP;
    private String hamletCode;

    private String newName;
    private LocalDate effectiveOn;
    private String reason;
    private String successor;

    @PostConstruct
    void init() {
        buildTree();
    }

    public void buildTree() {
        tree = new LazyDefaultTreeNode<>(ROOT, this::childrenOf, unit -> unit.level() == AdminLevel.HAMLET);
        selectedNode = null;
        if (selected != null) {
            show(selected.unit().code());
        }
    }

    private List<AdminUnitView> childrenOf(AdminUnitView parent) {
        return parent.id() == null ? units.roots(asOf) : units.children(parent.id(), asOf);
    }

    public void search() {
        String text = query;
        LocalDate day = asOf;
        results = text == null || text.isBlank() ? null
                : new PagedModel<>(page -> units.search(text, null, null, day, page), unit -> unit.id().toString());
    }

    public void onNodeSelect(NodeSelectEvent event) {
        show(((AdminUnitView) event.getTreeNode().getData()).code());
    }

    public void show(String code) {
        selected = null;
        Feedback.attempt(null, () -> selected = units.history(code, asOf));
    }

    public void addHamlet() {
        AdminUnitView commune = selected.unit();
        if (Feedback.attempt("hamletForm", () -> {
            AdminUnitView added = units.addHamlet(new NewHamlet(commune.code(), hamletName, hamletType, hamletCode, null));
            Feedback.info("territory.added", added.name());
        })) {
            hamletName = null;
            hamletCode = null;
            buildTree();
        }
    }

    public void rename() {
        String code = selected.unit().code();
        if (Feedback.attempt("renameForm", () -> {
            AdminUnitView renamed = units.rename(code, newName, effectiveOn, reason);
            Feedback.info("territory.renamed", renamed.name());
        })) {
            clearCommand();
            buildTree();
        }
    }

    public void merge() {
        String code = selected.unit().code();
        String successorCode = Objects.requireNonNullElse(Choices.key(successor), "");
        if (Feedback.attempt("mergeForm", () -> {
            AdminUnitView into = units.merge(List.of(code), successorCode, effectiveOn, reason);
            Feedback.info("territory.merged", into.name());
            selected = units.history(into.code(), effectiveOn);
        })) {
            clearCommand();
            buildTree();
        }
    }

    /** Units of the selected unit's level to merge into, as "code name" lines. */
    public List<String> completeSuccessor(String text) {
        AdminUnitView unit = selected.unit();
        return units.search(text, unit.level(), null, null, new PageRequest(0, 15)).items().stream()
                .filter(u -> !u.code().equals(unit.code()))
                .map(u -> Choices.label(u.code(), u.name())).toList();
    }

    private void clearCommand() {
        newName = null;
        effectiveOn = null;
        reason = null;
        successor = null;
    }

    public List<AdminUnitType> getHamletTypes() {
        return AdminUnitType.of(AdminLevel.HAMLET);
    }

    public boolean isCommuneSelected() {
        return selected != null && selected.unit().level() == AdminLevel.COMMUNE && selected.unit().isCurrent();
    }

    public boolean isMergeable() {
        return selected != null && selected.unit().isCurrent()
                && (selected.unit().level() == AdminLevel.COMMUNE || selected.unit().level() == AdminLevel.HAMLET);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf == null ? VietnamTime.today() : asOf;
    }

    public TreeNode<AdminUnitView> getTree() {
        return tree;
    }

    public TreeNode<AdminUnitView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<AdminUnitView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PagedModel<AdminUnitView> getResults() {
        return results;
    }

    public UnitHistory getSelected() {
        return selected;
    }

    public String getHamletName() {
        return hamletName;
    }

    public void setHamletName(String hamletName) {
        this.hamletName = hamletName;
    }

    public AdminUnitType getHamletType() {
        return hamletType;
    }

    public void setHamletType(AdminUnitType hamletType) {
        this.hamletType = hamletType;
    }

    public String getHamletCode() {
        return hamletCode;
    }

    public void setHamletCode(String hamletCode) {
        this.hamletCode = hamletCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }
}
