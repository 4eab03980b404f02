package vn.doanthe.territory.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.platform.control.CsvReader;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.territory.entity.AdminUnitType;
import vn.doanthe.territory.entity.Succession;

/**
 * Reads the official lists shipped in {@code vn/doanthe/territory/reference} (see SOURCES.md there):
 * the three-level list in force until 30 June 2025, the two-level list since 1 July 2025, and the
 * NSO's old → new commune table. Parents always come before their children.
 */
public final class OfficialUnits {

    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    public static final String RESOURCES = "/vn/doanthe/territory/reference/";

    /**
     * Codes the NSO table spells differently from the current list: Xã Ba Chẽ is 06970 in the table
     * and 06978 in QĐ 19/2025/QĐ-TTg.
     */
    private static final Map<String, String> NEW_CODE_ALIASES = Map.of("06970", "06978");

    public record Unit(String code, AdminUnitType type, String name, String parentCode) {
    }

    /** A new unit's predecessor under the 2025 reform. */
    public record Predecessor(String newCode, String oldCode, Succession.Kind kind, String note) {
    }

    private OfficialUnits() {
    }

    public static List<Unit> before2025(InputStream json) {
        List<Unit> units = new ArrayList<>();
        for (JsonObject province : array(json)) {
            String provinceCode = province.getString("Code");
            units.add(new Unit(provinceCode, typeByPrefix(province.getString("FullName"), 0), province.getString("Name"), null));
            for (JsonObject district : objects(province.get("District"))) {
                String districtCode = district.getString("Code");
                units.add(new Unit(districtCode, typeByPrefix(district.getString("FullName"), 1),
                        district.getString("Name"), provinceCode));
                for (JsonObject commune : objects(district.get("Ward"))) {
                    units.add(new Unit(commune.getString("Code"), typeByPrefix(commune.getString("FullName"), 2),
                            commune.getString("Name"), districtCode));
                }
            }
        }
        return units;
    }

    public static List<Unit> current(InputStream json) {
        List<Unit> units = new ArrayList<>();
        for (JsonObject province : array(json)) {
            String provinceCode = province.getString("Code");
            units.add(new Unit(provinceCode, currentType(province.getString("AdministrativeUnitShortName"), true),
                    province.getString("Name"), null));
            for (JsonObject commune : objects(province.get("Wards"))) {
                units.add(new Unit(commune.getString("Code"),
                        currentType(commune.getString("AdministrativeUnitShortName"), false),
                        commune.getString("Name"), provinceCode));
            }
        }
        return units;
    }

    /**
     * The predecessors of the units of 1 July 2025: each commune's old communes (or, for island
     * districts turned special zones, the old district), and each province's old provinces.
     */
    public static List<Predecessor> reform2025(Reader nsoTable, Reader supplement) {
        Map<String, Predecessor> pairs = new LinkedHashMap<>();
        CsvReader table = new CsvReader(nsoTable);
        List<String> header = table.next();
        int newProvince = header.indexOf("new_province_code");
        int newWard = header.indexOf("new_ward_code");
        int oldWard = header.indexOf("old_ward_code");
        int note = header.indexOf("change_note");
        int oldDistrict = header.indexOf("old_district_code");
        int oldProvince = header.indexOf("old_province_code");
        for (List<String> row = table.next(); row != null; row = table.next()) {
            if (row.size() <= oldProvince) {
                continue;
            }
            String oldCode = row.get(oldWard).isBlank() ? row.get(oldDistrict) : row.get(oldWard);
            add(pairs, row.get(newWard), oldCode, row.get(note));
            add(pairs, row.get(newProvince), row.get(oldProvince), "");
        }
        CsvReader extra = new CsvReader(supplement);
        extra.next();
        for (List<String> row = extra.next(); row != null; row = extra.next()) {
            if (row.size() >= 3) {
                add(pairs, row.get(0), row.get(1), row.get(2));
            }
        }
        return List.copyOf(pairs.values());
    }

    private static void add(Map<String, Predecessor> pairs, String newCode, String oldCode, String note) {
        String successor = NEW_CODE_ALIASES.getOrDefault(newCode.trim(), newCode.trim());
        String predecessor = oldCode.trim();
        if (successor.isEmpty() || predecessor.isEmpty()) {
            return;
        }
        String tidyNote = VietnameseText.tidy(note);
        pairs.putIfAbsent(predecessor + ">" + successor,
                new Predecessor(successor, predecessor, kindOf(tidyNote), tidyNote.isEmpty() ? null : tidyNote));
    }

    static Succession.Kind kindOf(String note) {
        String key = VietnameseText.fold(note);
        return key.contains("mot phan") || key.contains("phan con lai") ? Succession.Kind.PARTIAL : Succession.Kind.FULL;
    }

    private static AdminUnitType typeByPrefix(String fullName, int depth) {
        if (depth == 0) {
            return fullName.startsWith("Thành phố ") ? AdminUnitType.THANH_PHO_TRUNG_UONG : AdminUnitType.TINH;
        } else if (depth == 1) {
            if (fullName.startsWith("Quận ")) {
                return AdminUnitType.QUAN;
            } else if (fullName.startsWith("Thị xã ")) {
                return AdminUnitType.THI_XA;
            } else if (fullName.startsWith("Thành phố ")) {
                return AdminUnitType.THANH_PHO;
            }
            return AdminUnitType.HUYEN;
        } else if (fullName.startsWith("Phường ")) {
            return AdminUnitType.PHUONG;
        } else if (fullName.startsWith("Thị trấn ")) {
            return AdminUnitType.THI_TRAN;
        }
        return AdminUnitType.XA;
    }

    private static AdminUnitType currentType(String shortName, boolean province) {
        if (province) {
            return "Thành phố".equals(shortName) ? AdminUnitType.THANH_PHO_TRUNG_UONG : AdminUnitType.TINH;
        }
        return switch (shortName) {
            case "Phường" -> AdminUnitType.PHUONG;
            case "Đặc khu" -> AdminUnitType.DAC_KHU;
            default -> AdminUnitType.XA;
        };
    }

    private static List<JsonObject> array(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            return objects(reader.readArray());
        }
    }

    private static List<JsonObject> objects(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return ((JsonArray) value).getValuesAs(JsonObject.class);
    }
}
