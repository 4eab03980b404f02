package vn.doanthe.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment with the plain SQL files in {@code db/migration}.
 * A DBA who manages the schema by hand sets {@code DOANTHE_FLYWAY_ENABLED=false} and applies the
 * same files; the application then only checks nothing.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "doanthe.flyway.enabled", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void migrate() {
        if (!enabled) {
            LOG.info("Schema migration is switched off (doanthe.flyway.enabled=false): the DBA applies db/migration");
            return;
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(false)
                .load();
        String before = flyway.info().current() == null ? "empty" : flyway.info().current().getVersion().getVersion();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> String.format("Database schema: was %s, applied %d migration(s), now at version %s",
                before, result.migrationsExecuted, result.targetSchemaVersion == null ? before : result.targetSchemaVersion));
    }
}
