package vn.doanthe.territory.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The legal kind of a unit. Official units carry the GSO's types; hamlets (thôn, ấp, khóm, bản …)
 * are named differently by region and are chosen by the user who adds them.
 */
public enum AdminUnitType {
    /** Tỉnh. */
    TINH(AdminLevel.PROVINCE, "Tỉnh"),
    /** Thành phố trực thuộc trung ương. */
    THANH_PHO_TRUNG_UONG(AdminLevel.PROVINCE, "Thành phố"),
    /** Quận. */
    QUAN(AdminLevel.DISTRICT, "Quận"),
    /** Huyện. */
    HUYEN(AdminLevel.DISTRICT, "Huyện"),
    /** Thị xã. */
    THI_XA(AdminLevel.DISTRICT, "Thị xã"),
    /** Thành phố thuộc tỉnh / thuộc thành phố trực thuộc trung ương. */
    THANH_PHO(AdminLevel.DISTRICT, "Thành phố"),
    /** Xã. */
    XA(AdminLevel.COMMUNE, "Xã"),
    /** Phường. */
    PHUONG(AdminLevel.COMMUNE, "Phường"),
    /** Thị trấn. */
    THI_TRAN(AdminLevel.COMMUNE, "Thị trấn"),
    /** Đặc khu (since 2025). */
    DAC_KHU(AdminLevel.COMMUNE, "Đặc khu"),
    THON(AdminLevel.HAMLET, "Thôn"),
    AP(AdminLevel.HAMLET, "Ấp"),
    KHOM(AdminLevel.HAMLET, "Khóm"),
    BAN(AdminLevel.HAMLET, "Bản"),
    BUON(AdminLevel.HAMLET, "Buôn"),
    LANG(AdminLevel.HAMLET, "Làng"),
    XOM(AdminLevel.HAMLET, "Xóm"),
    SOC(AdminLevel.HAMLET, "Sóc"),
    PHUM(AdminLevel.HAMLET, "Phum"),
    PLEI(AdminLevel.HAMLET, "Plei"),
    TO_DAN_PHO(AdminLevel.HAMLET, "Tổ dân phố"),
    KHU_PHO(AdminLevel.HAMLET, "Khu phố"),
    KHU_DAN_CU(AdminLevel.HAMLET, "Khu dân cư");

    private final AdminLevel level;
    private final String vietnameseName;

    AdminUnitType(AdminLevel level, String vietnameseName) {
        this.level = level;
        this.vietnameseName = vietnameseName;
    }

    /** The kind as the law and people write it ("Khóm", "Tổ dân phố"), which a name typed may begin with. */
    public String vietnameseName() {
        return vietnameseName;
    }

    public AdminLevel level() {
        return level;
    }

    public static List<AdminUnitType> of(AdminLevel level) {
        return Arrays.stream(values()).filter(t -> t.level == level).toList();
    }
}
