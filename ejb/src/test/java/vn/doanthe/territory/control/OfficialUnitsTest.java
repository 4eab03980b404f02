package vn.doanthe.territory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnitType;
import vn.doanthe.territory.entity.Succession;

/** The official lists shipped with the application hold what the GSO published (counts from their sources' README). */
class OfficialUnitsTest {

    @Test
    void before2025ThereWere63Provinces696DistrictsAnd10035Communes() {
        Map<AdminLevel, Long> counts = OfficialUnits.before2025(resource("units-before-2025-07-01.json")).stream()
                .collect(Collectors.groupingBy(u -> u.type().level(), Collectors.counting()));
        assertEquals(63, counts.get(AdminLevel.PROVINCE));
        assertEquals(696, counts.get(AdminLevel.DISTRICT));
        assertEquals(10035, counts.get(AdminLevel.COMMUNE));
    }

    @Test
    void since2025ThereAre34ProvincesAnd3321Communes() {
        List<OfficialUnits.Unit> current = OfficialUnits.current(resource("units-current.json"));
        Map<AdminUnitType, Long> types = current.stream().collect(Collectors.groupingBy(OfficialUnits.Unit::type, Collectors.counting()));
        assertEquals(34, types.get(AdminUnitType.TINH) + types.get(AdminUnitType.THANH_PHO_TRUNG_UONG));
        assertEquals(3321, types.get(AdminUnitType.XA) + types.get(AdminUnitType.PHUONG) + types.get(AdminUnitType.DAC_KHU));
        assertEquals(13, types.get(AdminUnitType.DAC_KHU));
    }

    @Test
    void everyPredecessorAndSuccessorOfThe2025ReformIsAKnownUnit() throws Exception {
        Set<String> before = codes(OfficialUnits.before2025(resource("units-before-2025-07-01.json")));
        Set<String> current = codes(OfficialUnits.current(resource("units-current.json")));
        List<OfficialUnits.Predecessor> pairs;
        try (Reader table = reader("communes-2025-07-01-old-to-new.csv"); Reader supplement = reader("communes-2025-07-01-supplement.csv")) {
            pairs = OfficialUnits.reform2025(table, supplement);
        }
        assertTrue(pairs.size() > 10_600, "pairs: " + pairs.size());
        for (OfficialUnits.Predecessor pair : pairs) {
            assertTrue(before.contains(pair.oldCode()), "unknown old unit " + pair.oldCode());
            assertTrue(current.contains(pair.newCode()), "unknown new unit " + pair.newCode());
        }
        Set<String> oldCommunesCovered = pairs.stream().map(OfficialUnits.Predecessor::oldCode)
                .filter(c -> c.length() == 5).collect(Collectors.toSet());
        assertEquals(10035, oldCommunesCovered.size(), "every old commune has a successor");
        Map<String, OfficialUnits.Predecessor> byPair = pairs.stream()
                .collect(Collectors.toMap(p -> p.oldCode() + ">" + p.newCode(), Function.identity()));
        assertEquals(Succession.Kind.FULL, byPair.get("00004>00004").kind());
        assertTrue(byPair.containsKey("84>86"), "Trà Vinh went into the new Vĩnh Long");
        assertTrue(byPair.containsKey("01651>01648"), "the pair missing from the NSO table is supplied");
    }

    @Test
    void partialMergesAreToldFromTheNotes() {
        assertEquals(Succession.Kind.PARTIAL, OfficialUnits.kindOf("Nhập một  phần diện tích"));
        assertEquals(Succession.Kind.PARTIAL, OfficialUnits.kindOf("Nhâp một phần"));
        assertEquals(Succession.Kind.PARTIAL, OfficialUnits.kindOf("Phần còn lại sau khi tách một phần vào xã Canh Vinh"));
        assertEquals(Succession.Kind.FULL, OfficialUnits.kindOf("Nhập toàn bộ"));
        assertEquals(Succession.Kind.FULL, OfficialUnits.kindOf("Giữ nguyên"));
    }

    private static Set<String> codes(List<OfficialUnits.Unit> units) {
        return units.stream().map(OfficialUnits.Unit::code).collect(Collectors.toSet());
    }

    private static InputStream resource(String name) {
        return OfficialUnits.class.getResourceAsStream(OfficialUnits.RESOURCES + name);
    }

    private static Reader reader(String name) {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }
}
