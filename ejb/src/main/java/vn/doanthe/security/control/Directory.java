package vn.doanthe.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.doanthe.platform.control.LogText;
import vn.doanthe.platform.access.Role;

/**
 * The organisation's LDAP or Active Directory, when the IT department configured one
 * ({@code DOANTHE_LDAP_URL} and friends, read at start): finds the user's entry with a search
 * account, checks the password by binding as that entry, and maps the entry's groups
 * ({@code memberOf}) to roles. Plain JNDI, so nothing is added to the server.
 */
@ApplicationScoped
public class Directory {

    static final String DEFAULT_USER_FILTER = "(|(uid={0})(sAMAccountName={0}))";
    private static final Logger LOG = Logger.getLogger(Directory.class.getName());

    private String url;
    private String bindDn;
    private String bindPassword;
    private String userBase;
    private String userFilter;
    private String displayNameAttribute;
    private String mailAttribute;
    private Map<LdapName, Role> groupRoles = Map.of();

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        url = config.getOptionalValue("doanthe.ldap.url", String.class).orElse(null);
        bindDn = config.getOptionalValue("doanthe.ldap.bind.dn", String.class).orElse(null);
        bindPassword = config.getOptionalValue("doanthe.ldap.bind.password", String.class).orElse(null);
        userBase = config.getOptionalValue("doanthe.ldap.user.base", String.class).orElse("");
        userFilter = config.getOptionalValue("doanthe.ldap.user.filter", String.class).orElse(DEFAULT_USER_FILTER);
        displayNameAttribute = config.getOptionalValue("doanthe.ldap.display.name.attribute", String.class).orElse("cn");
        mailAttribute = config.getOptionalValue("doanthe.ldap.mail.attribute", String.class).orElse("mail");
        groupRoles = groupRoles(config.getOptionalValue("doanthe.ldap.group.roles", String.class).orElse(""));
        if (configured()) {
            LOG.info(() -> "Directory login enabled against " + url + " under '" + userBase + "', " + groupRoles.size()
                    + " groups mapped to roles");
        }
    }

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    /**
     * The user, when the directory knows the name and accepts the password; empty when it does
     * not. A directory that cannot be asked is {@link DirectoryUnavailable}, not a refusal.
     */
    public Optional<DirectoryUser> authenticate(String username, char[] password) {
        // An empty password would be an "unauthenticated bind", which many servers accept.
        if (!configured() || password == null || password.length == 0) {
            return Optional.empty();
        }
        try {
            Optional<SearchResult> entry = find(username);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            String dn = entry.get().getNameInNamespace();
            context(dn, new String(password)).close();
            return Optional.of(new DirectoryUser(username, attribute(entry.get(), displayNameAttribute, username),
                    attribute(entry.get(), mailAttribute, null), roles(entry.get())));
        } catch (AuthenticationException e) {
            return Optional.empty();
        } catch (NamingException e) {
            LOG.warning(() -> "The directory at " + url + " could not check '" + LogText.of(username) + "': " + e);
            throw new DirectoryUnavailable("The directory at " + url + " did not answer", e);
        }
    }

    private Optional<SearchResult> find(String username) throws NamingException {
        DirContext search = context(bindDn, bindPassword);
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {displayNameAttribute, mailAttribute, "memberOf"});
            controls.setCountLimit(2);
            NamingEnumeration<SearchResult> results = search.search(userBase, userFilter, new Object[] {username}, controls);
            SearchResult first = results.hasMore() ? results.next() : null;
            // A name that matches two entries is ambiguous: nobody signs in with it.
            boolean unique = first != null && !results.hasMore();
            results.close();
            return unique ? Optional.of(first) : Optional.empty();
        } finally {
            search.close();
        }
    }

    private DirContext context(String principal, String credentials) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url);
        environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
        environment.put("com.sun.jndi.ldap.read.timeout", "10000");
        if (principal != null && !principal.isBlank()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        }
        return new InitialDirContext(environment);
    }

    /** The entry's first value of the attribute, or the fallback when it has none. */
    private static String attribute(SearchResult entry, String attribute, String fallback) throws NamingException {
        Attribute value = entry.getAttributes().get(attribute);
        return value == null || value.get() == null ? fallback : String.valueOf(value.get());
    }

    private Set<Role> roles(SearchResult entry) throws NamingException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Attribute groups = entry.getAttributes().get("memberOf");
        if (groups != null) {
            NamingEnumeration<?> values = groups.getAll();
            while (values.hasMore()) {
                Role role = groupRoles.get(new LdapName(String.valueOf(values.next())));
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** {@code cn=dt-admins,ou=groups,dc=x=ADMIN; cn=dt-staff,ou=groups,dc=x=STAFF}: the role follows the last '='. */
    static Map<LdapName, Role> groupRoles(String mapping) {
        Map<LdapName, Role> roles = new HashMap<>();
        for (String pair : mapping.split(";")) {
            int split = pair.lastIndexOf('=');
            if (pair.isBlank() || split < 0) {
                continue;
            }
            try {
                roles.put(new LdapName(pair.substring(0, split).trim()),
                        Role.valueOf(pair.substring(split + 1).trim().toUpperCase(Locale.ROOT)));
            } catch (NamingException | IllegalArgumentException e) {
                throw new IllegalArgumentException("DOANTHE_LDAP_GROUP_ROLES: cannot read '" + pair.trim() + "'", e);
            }
        }
        return Map.copyOf(roles);
    }
}
