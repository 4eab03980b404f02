package vn.doanthe.app.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doanthe.demo.boundary.DemoProvince;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.boundary.Users;
import vn.doanthe.territory.boundary.ReferenceUnits;

/**
 * What an empty installation gets at its first start, each step once even when several instances
 * start together: the official administrative units, the first administrator and, when
 * {@code doanthe.demo} is true (off by default; the Quick start switches it on), the demo province;
 * the member counts of an installation upgraded to maintained counts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Setup {

    private static final Logger LOG = Logger.getLogger(Setup.class.getName());

    @Inject
    ReferenceUnits referenceUnits;

    @Inject
    Users users;

    @Inject
    DemoProvince demoProvince;

    @Inject
    MemberStatistics memberStatistics;

    @Inject
    @ConfigProperty(name = "doanthe.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "doanthe.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void prepare() {
        referenceUnits.loadIfMissing();
        MutationContext.asSystem(() -> users.createFirstAdminIfNone(adminPassword.orElse(null)))
                .ifPresent(Setup::announce);
        if (demo) {
            demoProvince.generateOnce();
        }
        memberStatistics.countOnce();
    }

    private static void announce(String password) {
        LOG.warning(() -> String.join(System.lineSeparator(), "",
                "================================================================",
                " Đoàn Thể: the administrator account was created.",
                "   user:     admin",
                "   password: " + password,
                " This password is shown only this once; change it after signing in.",
                " (Set DOANTHE_ADMIN_PASSWORD to choose it instead.)",
                "================================================================"));
    }
}
