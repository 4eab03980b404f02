package vn.doanthe.territory.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The legal kind of a unit. Official units carry the GSO's types; hamlets (thôn, ấp, khóm, bản …)
 * are named differently by region and are chosen by the user who adds them.
 */
public enum AdminUnitType {
    /** Tỉnh. */
    TINH(AdminLevel.PROVINCE),
    /** Thành phố trực thuộc trung ương. */
    THANH_PHO_TRUNG_UONG(AdminLevel.PROVINCE),
    /** Quận. */
    QUAN(AdminLevel.DISTRICT),
    /** Huyện. */
    HUYEN(AdminLevel.DISTRICT),
    /** Thị xã. */
    THI_XA(AdminLevel.DISTRICT),
    /** Thành phố thuộc tỉnh / thuộc thành phố trực thuộc trung ương. */
    THANH_PHO(AdminLevel.DISTRICT),
    /** Xã. */
    XA(AdminLevel.COMMUNE),
    /** Phường. */
    PHUONG(AdminLevel.COMMUNE),
    /** Thị trấn. */
    THI_TRAN(AdminLevel.COMMUNE),
    /** Đặc khu (since 2025). */
    DAC_KHU(AdminLevel.COMMUNE),
    THON(AdminLevel.HAMLET),
    AP(AdminLevel.HAMLET),
    KHOM(AdminLevel.HAMLET),
    BAN(AdminLevel.HAMLET),
    BUON(AdminLevel.HAMLET),
    LANG(AdminLevel.HAMLET),
    XOM(AdminLevel.HAMLET),
    SOC(AdminLevel.HAMLET),
    PHUM(AdminLevel.HAMLET),
    PLEI(AdminLevel.HAMLET),
    TO_DAN_PHO(AdminLevel.HAMLET),
    KHU_PHO(AdminLevel.HAMLET),
    KHU_DAN_CU(AdminLevel.HAMLET);

    private final AdminLevel level;

    AdminUnitType(AdminLevel level) {
        this.level = level;
    }

    public AdminLevel level() {
        return level;
    }

    public static List<AdminUnitType> of(AdminLevel level) {
        return Arrays.stream(values()).filter(t -> t.level == level).toList();
    }
}
