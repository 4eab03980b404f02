package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.audit.boundary.FieldChange;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;

/**
 * Runs inside the server: every command of the code base, found by reading the deployed classes,
 * has a scenario in {@link MutationScenarios}, and running it writes the audit entries it must —
 * the right command, action, entity, user and address, and each changed field old → new.
 */
@ExtendWith(ArquillianExtension.class)
class EveryMutationAuditedIT {

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(EveryMutationAuditedIT.class, Deployments.class, AuditProbe.class,
                MutationMethods.class, MutationScenarios.class, MutationScenarios.Scenario.class, ExpectedEntry.class, Serials.class);
    }

    @Inject
    MutationScenarios scenarios;

    @Inject
    AuditProbe probe;

    @Test
    void everyCommandHasAnAuditScenario() {
        SortedSet<String> commands = MutationMethods.deployed();
        assertFalse(commands.isEmpty(), "No @Mutation method found in " + MutationMethods.classes().size() + " classes");
        SortedSet<String> without = new TreeSet<>(commands);
        without.removeAll(scenarios.all().keySet());
        assertTrue(without.isEmpty(), "Commands without an audit scenario in MutationScenarios: " + without);
    }

    @Test
    void everyScenarioProvesACommandThatExists() {
        SortedSet<String> stale = new TreeSet<>(scenarios.all().keySet());
        stale.removeAll(MutationMethods.deployed());
        assertTrue(stale.isEmpty(), "Scenarios whose command is no longer a @Mutation method: " + stale);
    }

    @Test
    void everyCommandRecordsWhoChangedWhichFieldsFromWhatToWhat() {
        Map<String, MutationScenarios.Scenario> all = scenarios.all();
        assertAll(all.entrySet().stream().map(s -> (Executable) () -> prove(s.getKey(), s.getValue())));
    }

    private void prove(String command, MutationScenarios.Scenario scenario) {
        long before = probe.lastEntryId();
        List<ExpectedEntry> expected;
        try {
            expected = scenario.run();
        } catch (RuntimeException e) {
            throw new AssertionError(command + ": the scenario failed: " + e, e);
        }
        List<AuditEntry> written = probe.after(before);
        for (ExpectedEntry entry : expected) {
            List<AuditEntry> candidates = entry.isEarlier()
                    ? probe.ofEntity(entry.entityType(), entry.entityId()) : written;
            Map<Long, List<FieldChange>> opened = probe.opened(candidates);
            if (candidates.stream().noneMatch(e -> entry.matches(e, opened.get(e.getId())))) {
                fail(command + ": no entry " + entry + "\n  among\n  " + candidates.stream()
                        .map(ExpectedEntry::describe).collect(Collectors.joining("\n  ")));
            }
        }
    }
}
