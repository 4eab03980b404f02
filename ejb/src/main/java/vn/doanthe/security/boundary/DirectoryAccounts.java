package vn.doanthe.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.security.control.DirectoryUser;
import vn.doanthe.platform.access.Role;
import vn.doanthe.security.entity.UserAccount;

/**
 * Keeps the local account of a directory user in step with the directory at each login: created
 * the first time (with no scope: an administrator gives one), roles refreshed from the groups, the
 * e-mail address from the entry's mail attribute (an address the directory does not give is kept).
 * Runs as the system, through the mutation path, so the audit trail shows every change.
 */
@Stateless
public class DirectoryAccounts {

    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Mutation(allowed = Role.ADMIN)
    public UserAccount synchronise(DirectoryUser user) {
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", user.username()).getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = UserAccount.fromDirectory(user.username(), user.displayName(), user.roles());
            em.persist(account);
            LOG.info(() -> "Opened the account of directory user '" + user.username() + "' with roles " + user.roles());
        } else if (!account.getRoles().equals(user.roles()) || !account.getDisplayName().equals(user.displayName())) {
            account.describe(user.displayName(), user.roles());
        }
        String email = EmailAddress.of(user.email());
        if (email != null && email.length() <= EmailAddress.MAX_LENGTH && !email.equals(account.getEmail())) {
            account.setEmail(email);
        }
        return account;
    }
}
