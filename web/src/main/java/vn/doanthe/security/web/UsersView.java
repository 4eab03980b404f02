package vn.doanthe.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;
import vn.doanthe.security.boundary.NewUser;
import vn.doanthe.security.boundary.UserChange;
import vn.doanthe.security.boundary.UserView;
import vn.doanthe.security.boundary.Users;
import vn.doanthe.platform.access.Role;
import vn.doanthe.territory.boundary.AdminUnits;

/** The administrators' list of accounts, with the dialogs that open, change, reset and lock them. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Organisations organisations;

    private String text;
    private PagedModel<UserView> model;

    /** The account being edited; null while a new one is being opened. */
    private String editing;
    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<Role> roles = new ArrayList<>();
    private String scopeUnit;
    private List<String> organisationCodes = new ArrayList<>();
    private boolean mustChangePassword = true;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        String query = text;
        model = new PagedModel<>(page -> users.list(query, page), UserView::username);
    }

    public void prepareNew() {
        editing = null;
        username = null;
        displayName = null;
        email = null;
        password = null;
        roles = new ArrayList<>(List.of(Role.STAFF));
        scopeUnit = null;
        organisationCodes = new ArrayList<>();
        mustChangePassword = true;
    }

    public void prepareEdit(UserView user) {
        editing = user.username();
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        password = null;
        roles = new ArrayList<>(user.roles());
        scopeUnit = user.scopeUnit() == null ? null : Choices.label(user.scopeUnit(), user.scopeUnitName());
        organisationCodes = new ArrayList<>(user.organisations());
    }

    public void save() {
        String unit = Choices.key(scopeUnit);
        boolean saved = Feedback.attempt("userForm", () -> {
            if (editing == null) {
                users.create(new NewUser(username, displayName, email, password, roleSet(), unit,
                        new HashSet<>(organisationCodes), mustChangePassword));
                Feedback.info("user.created", username);
            } else {
                users.update(editing, new UserChange(displayName, email, roleSet(), unit, new HashSet<>(organisationCodes)));
                Feedback.info("user.updated", editing);
            }
        });
        if (saved) {
            password = null;
            search();
        }
    }

    public void prepareReset(UserView user) {
        editing = user.username();
        password = null;
    }

    public void resetPassword() {
        if (Feedback.attempt("resetForm", () -> users.resetPassword(editing, password == null ? new char[0] : password.toCharArray()))) {
            Feedback.info("user.passwordReset", editing);
            password = null;
        }
    }

    public void lock(UserView user) {
        if (Feedback.attempt("usersForm", () -> users.lock(user.username()))) {
            Feedback.info("user.locked", user.username());
        }
    }

    public void unlock(UserView user) {
        if (Feedback.attempt("usersForm", () -> users.unlock(user.username()))) {
            Feedback.info("user.unlocked", user.username());
        }
    }

    public List<String> completeUnit(String query) {
        return adminUnits.search(query, null, null, null, new PageRequest(0, 15)).items().stream()
                .map(u -> Choices.label(u.code(), u.name())).toList();
    }

    private EnumSet<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<OrganisationView> getAllOrganisations() {
        return organisations.all();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public PagedModel<UserView> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getScopeUnit() {
        return scopeUnit;
    }

    public void setScopeUnit(String scopeUnit) {
        this.scopeUnit = scopeUnit;
    }

    public List<String> getOrganisationCodes() {
        return organisationCodes;
    }

    public void setOrganisationCodes(List<String> organisationCodes) {
        this.organisationCodes = organisationCodes;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }
}
