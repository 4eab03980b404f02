package vn.doanthe.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.doanthe.member.entity.MembershipStatus;

class TallyChangesTest {

    // Province 1 > communes 2, 3; commune 2 > hamlets 4, 5.
    private static final List<Long> HAMLET_4 = Placement.placesOf("/1/2/", 4);
    private static final List<Long> HAMLET_5 = Placement.placesOf("/1/2/", 5);
    private static final List<Long> COMMUNE_3 = Placement.placesOf("/1/", 3);

    private static Placement placement(long person, long organisation, List<Long> places, MembershipStatus status,
                                       String from, String to) {
        return new Placement(person, organisation, places, status, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    /** The changes written as "unit day organisation status" → delta, for readable comparisons. */
    private static Map<String, Integer> written(TallyChanges changes) {
        Map<String, Integer> written = new TreeMap<>();
        changes.byDay().forEach((c, delta) -> written.put(c.key().adminUnitId() + " " + c.day() + " "
                + c.key().organisationId() + " " + c.key().status(), delta));
        return written;
    }

    @Test
    void placesAreTheUnitsOfThePathThenTheUnit() {
        assertEquals(List.of(1L, 2L, 4L), HAMLET_4);
        assertEquals(List.of(7L), Placement.placesOf("/", 7));
    }

    @Test
    void aPersonInTwoBranchesOfOneCommuneCountsOnceThereAndInEachHamletSeparately() {
        List<Placement> placements = List.of(
                placement(100, 1, HAMLET_4, MembershipStatus.ACTIVE, "2020-01-01", "2021-12-31"),
                placement(100, 1, HAMLET_4, MembershipStatus.LEFT, "2022-01-01", null),
                placement(100, 2, HAMLET_5, MembershipStatus.ACTIVE, "2021-06-01", null),
                placement(101, 1, COMMUNE_3, MembershipStatus.ACTIVE, "2019-01-01", "2019-12-31"),
                placement(101, 1, HAMLET_4, MembershipStatus.PAUSED, "2020-01-01", null));

        Map<String, Integer> written = written(TallyChanges.between(List.of(), placements));

        // The same figures the rebuild's SQL gives for these rows (checked by hand on MariaDB).
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("1 2019-01-01 1 ACTIVE", 1), Map.entry("1 2020-01-01 1 PAUSED", 1),
                Map.entry("1 2021-06-01 2 ACTIVE", 1), Map.entry("1 2022-01-01 1 ACTIVE", -1),
                Map.entry("2 2020-01-01 1 ACTIVE", 1), Map.entry("2 2020-01-01 1 PAUSED", 1),
                Map.entry("2 2021-06-01 2 ACTIVE", 1), Map.entry("2 2022-01-01 1 ACTIVE", -1),
                Map.entry("3 2019-01-01 1 ACTIVE", 1), Map.entry("3 2020-01-01 1 ACTIVE", -1),
                Map.entry("4 2020-01-01 1 ACTIVE", 1), Map.entry("4 2020-01-01 1 PAUSED", 1),
                Map.entry("4 2022-01-01 1 ACTIVE", -1), Map.entry("5 2021-06-01 2 ACTIVE", 1),
                Map.entry("1 2019-01-01 0 *", 1), Map.entry("1 2020-01-01 0 *", 1),
                Map.entry("2 2020-01-01 0 *", 2), Map.entry("3 2019-01-01 0 *", 1),
                Map.entry("3 2020-01-01 0 *", -1), Map.entry("4 2020-01-01 0 *", 2),
                Map.entry("4 2022-01-01 0 *", -1), Map.entry("5 2021-06-01 0 *", 1)));
        assertEquals(expected, written);
    }

    @Test
    void anAcceptedTransferMovesTheCountsFromTheDayOfTheMove() {
        Placement before = placement(7, 1, HAMLET_4, MembershipStatus.ACTIVE, "2020-01-01", null);
        List<Placement> after = List.of(
                placement(7, 1, HAMLET_4, MembershipStatus.ACTIVE, "2020-01-01", "2026-03-09"),
                placement(7, 1, COMMUNE_3, MembershipStatus.ACTIVE, "2026-03-10", null));

        TallyChanges changes = TallyChanges.between(List.of(before), after);

        assertEquals(Map.of("2 2026-03-10 1 ACTIVE", -1, "4 2026-03-10 1 ACTIVE", -1, "3 2026-03-10 1 ACTIVE", 1,
                "2 2026-03-10 0 *", -1, "4 2026-03-10 0 *", -1, "3 2026-03-10 0 *", 1), written(changes));
        assertTrue(changes.today().keySet().stream().noneMatch(k -> k.adminUnitId() == 1),
                "the province counts the member before and after alike");
    }

    @Test
    void nothingChangedWritesNothing() {
        Placement p = placement(7, 1, HAMLET_4, MembershipStatus.ACTIVE, "2020-01-01", null);
        assertTrue(TallyChanges.between(List.of(p), List.of(p)).isEmpty());
    }

    @Test
    void aSecondMembershipOverlappingTheFirstAddsMembershipsNotPersons() {
        Placement first = placement(7, 1, HAMLET_4, MembershipStatus.ACTIVE, "2020-01-01", null);
        Placement second = placement(7, 2, HAMLET_4, MembershipStatus.AWAY, "2024-05-01", null);

        TallyChanges changes = TallyChanges.between(List.of(first), List.of(first, second));

        assertEquals(Map.of("1 2024-05-01 2 AWAY", 1, "2 2024-05-01 2 AWAY", 1, "4 2024-05-01 2 AWAY", 1),
                written(changes));
    }
}
