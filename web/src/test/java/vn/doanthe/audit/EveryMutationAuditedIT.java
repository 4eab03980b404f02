package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditEntryView;
import vn.doanthe.audit.boundary.AuditQuery;
import vn.doanthe.audit.boundary.AuditVocabulary;
import vn.doanthe.audit.boundary.FieldChange;
import vn.doanthe.audit.boundary.ReferenceNames;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;

/**
 * Runs inside the server: every command of the code base, found by reading the deployed classes,
 * has a scenario in {@link MutationScenarios}, and running it writes the audit entries it must —
 * the right command, action, entity, user and address, and each changed field old → new.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

    @Inject
    AuditEntries auditEntries;

    @Inject
    AuditVocabulary vocabulary;

    @Test
    @Order(1)
    void everyCommandRecordsWhoChangedWhichFieldsFromWhatToWhat() {
        Map<String, MutationScenarios.Scenario> all = scenarios.all();
        assertAll(all.entrySet().stream().map(s -> (Executable) () -> prove(s.getKey(), s.getValue())));
    }

    /**
     * After every command ran: each kind of record the console names in the trail ("Ấp Bến Giá, Xã
     * Hiệp Mỹ (28810.02)") is named from its entries, by the one statement of its kind.
     */
    @Test
    @Order(2)
    void everyKindOfRecordTheTrailRefersToIsNamed() {
        Caller admin = probe.caller(Deployments.ADMIN);
        List<String> unnamed = new ArrayList<>();
        for (String kind : AuditVocabulary.namedKinds()) {
            List<AuditEntryView> entries = MutationContext.onBehalfOf(admin, () -> auditEntries.search(
                    new AuditQuery(kind, null, null, null, null, null, null), new PageRequest(0, 5)).items());
            ReferenceNames names = MutationContext.onBehalfOf(admin, () -> vocabulary.names(entries));
            if (entries.stream().noneMatch(e -> names.name(kind, e.entityId(), null) != null)) {
                unnamed.add(kind + " " + entries.stream().map(AuditEntryView::entityId).toList());
            }
        }
        assertTrue(unnamed.isEmpty(), "kinds of record not named: " + unnamed);
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
