package vn.doanthe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * The shape the code keeps as features are added (README, "How it is built"): the platform at the
 * bottom knowing no feature; features depending on each other in one direction only; a feature
 * using another through its boundary, its events and its published entities, never its control
 * classes; boundaries small enough to read; every record of a person following the person's
 * lifecycle. Reads the compiled classes of the EJB and web modules.
 */
class ArchitectureTest {

    /** The features, in the order they may depend on each other (each on those before it). */
    static final List<String> FEATURES = List.of("territory", "organisation", "security", "member", "cadre", "training", "directive", "meeting",
            "statistics",
            "audit");

    /** Start-up, the home page and the demo province: on top, they may know every feature's boundary. */
    static final List<String> TOP = List.of("app", "demo");

    /**
     * The entities a feature publishes for others to refer to (a membership is held in an
     * organisation unit, which stands on a territorial unit; a cadre's post is held by a person).
     * Anything else of another feature's {@code entity} package is its own business.
     */
    static final Set<String> PUBLISHED_ENTITIES = Set.of(
            "vn.doanthe.territory.entity.AdminUnit", "vn.doanthe.territory.entity.AdminLevel",
            "vn.doanthe.territory.entity.AdminUnitType",
            "vn.doanthe.organisation.entity.Organisation", "vn.doanthe.organisation.entity.OrgUnit",
            "vn.doanthe.organisation.entity.OrgUnitType",
            "vn.doanthe.member.entity.Person", "vn.doanthe.member.entity.Membership",
            "vn.doanthe.member.entity.MembershipStatus", "vn.doanthe.member.entity.RatingLevel",
            "vn.doanthe.cadre.entity.PostType");

    /** The most lines a boundary (an EJB boundary, a REST resource, a console bean) may have. */
    static final int BOUNDARY_LINES = 400;

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.doanthe");
    }

    @Test
    void bothModulesAreRead() {
        // A rule over no classes passes: make sure the EJB module's and the web module's are here.
        assertEquals(true, classes.contain("vn.doanthe.member.boundary.Persons")
                && classes.contain("vn.doanthe.member.api.PersonsResource"), "classes of both modules imported");
    }

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.doanthe.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages(true))
                .because("features plug into the platform through its interfaces, never the other way")
                .check(classes);
    }

    @Test
    void featuresDependInOneDirection() {
        slices().matching("vn.doanthe.(*)..").should().beFreeOfCycles().check(classes);
        for (int i = 0; i < FEATURES.size(); i++) {
            List<String> later = new ArrayList<>(FEATURES.subList(i + 1, FEATURES.size()));
            later.addAll(TOP);
            noClasses().that().resideInAPackage("vn.doanthe." + FEATURES.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later.stream().map(f -> "vn.doanthe." + f + "..")
                            .toArray(String[]::new))
                    .because(FEATURES.get(i) + " comes before " + later + " (README, Adding a feature)")
                    .check(classes);
        }
    }

    @Test
    void aFeatureUsesAnotherThroughItsBoundaryEventsAndPublishedEntities() {
        for (String feature : allFeatures()) {
            String own = "vn.doanthe." + feature + "..";
            String[] others = allFeatures().stream().filter(f -> !f.equals(feature))
                    .flatMap(f -> Stream.of("vn.doanthe." + f + ".control..", "vn.doanthe." + f + ".entity.."))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(own)
                    .should().dependOnClassesThat(resideInAnyPackageExceptPublished(others))
                    .because("another feature's control classes and unpublished entities are its own")
                    .check(classes);
        }
    }

    @Test
    void boundariesStaySmall() {
        classes().that().resideInAnyPackage("..boundary..", "..api..", "..web..").and().areTopLevelClasses()
                .should(haveAtMostLines(BOUNDARY_LINES))
                .because("a boundary over " + BOUNDARY_LINES + " lines holds more than one responsibility")
                .check(classes);
    }

    @Test
    void everyRecordOfAPersonFollowsThePersonsLifecycle() {
        Set<JavaClass> entities = classes.stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .collect(Collectors.toSet());
        Set<String> referring = new TreeSet<>();
        // An entity refers to a person directly, or through an entity that does (a transfer of a membership).
        Set<String> refersToPerson = new HashSet<>(Set.of(Person.class.getName()));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (JavaClass entity : entities) {
                boolean refers = entity.getAllFields().stream().map(JavaField::getRawType)
                        .anyMatch(type -> refersToPerson.contains(type.getName()));
                if (refers && !entity.getName().equals(Person.class.getName()) && refersToPerson.add(entity.getName())) {
                    referring.add(entity.getName());
                    grew = true;
                }
            }
        }
        Set<String> lookedAfter = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (JavaClass keeper : classes.stream().filter(c -> c.isAnnotatedWith(PersonRecords.class)).toList()) {
            Arrays.stream(keeper.reflect().getAnnotation(PersonRecords.class).value())
                    .forEach(entity -> lookedAfter.add(entity.getName()));
            for (Class<?> event : List.of(PersonMerging.class, PersonAnonymising.class, SubjectAccessReport.class)) {
                if (!observes(keeper, event)) {
                    missing.add(keeper.getSimpleName() + " observes no " + event.getSimpleName());
                }
            }
        }
        referring.stream().filter(entity -> !lookedAfter.contains(entity))
                .forEach(entity -> missing.add(entity + " refers to a person and no @PersonRecords class names it"));
        assertEquals(List.of(), missing, "records of persons a merge would orphan, an anonymisation would keep"
                + " or a subject-access report would miss");
        assertEquals(true, referring.contains("vn.doanthe.member.entity.Membership"), "the check finds the memberships");
    }

    private static boolean observes(JavaClass keeper, Class<?> event) {
        return keeper.getMethods().stream().map(JavaMethod::reflect).anyMatch(method ->
                method.getParameterCount() > 0 && method.getParameterTypes()[0] == event
                        && method.getParameters()[0].isAnnotationPresent(Observes.class));
    }

    private static List<String> allFeatures() {
        List<String> all = new ArrayList<>(FEATURES);
        all.addAll(TOP);
        return all;
    }

    private static String[] featurePackages(boolean withTop) {
        return (withTop ? allFeatures() : FEATURES).stream().map(f -> "vn.doanthe." + f + "..").toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> resideInAnyPackageExceptPublished(String[] packages) {
        DescribedPredicate<JavaClass> inPackages = JavaClass.Predicates.resideInAnyPackage(packages);
        return DescribedPredicate.describe("reside in another feature's control or unpublished entity package",
                c -> inPackages.test(c.getBaseComponentType())
                        && !PUBLISHED_ENTITIES.contains(c.getBaseComponentType().getName()));
    }

    private static ArchCondition<JavaClass> haveAtMostLines(int most) {
        return new ArchCondition<>("have at most " + most + " lines") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                long lines = sourceLines(javaClass);
                events.add(new SimpleConditionEvent(javaClass, lines <= most,
                        javaClass.getName() + " has " + lines + " lines"));
            }
        };
    }

    /**
     * The lines of the class's source file, found in the module that holds it: the tests run in the
     * web module's folder, beside the other modules.
     */
    static long sourceLines(JavaClass javaClass) {
        String sourceName = javaClass.getPackageName().replace('.', '/') + "/"
                + javaClass.getSource().orElseThrow().getFileName().orElseThrow();
        Path modules = Path.of("").toAbsolutePath().getParent();
        Path source = Stream.of("ejb", "web").map(module -> modules.resolve(module).resolve("src/main/java")
                        .resolve(sourceName)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException("No source for " + javaClass.getName() + " in " + modules));
        try (Stream<String> lines = Files.lines(source)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
