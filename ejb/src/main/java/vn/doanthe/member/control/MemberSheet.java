package vn.doanthe.member.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.entity.Gender;

/**
 * The columns of a member spreadsheet, in Vietnamese as the people who fill them in write them:
 * the same person columns in an export and in the import template, so an exported list can be
 * corrected and imported again.
 */
public final class MemberSheet {

    public static final String FULL_NAME = "Họ và tên";
    public static final String GENDER = "Giới tính";
    public static final String BIRTH_DATE = "Ngày sinh";
    public static final String NATIONAL_ID = "CCCD";
    public static final String PHONE = "Điện thoại";
    public static final String HAMLET = "Mã thôn/ấp";
    public static final String ADDRESS = "Địa chỉ";
    public static final String ETHNICITY = "Dân tộc";
    public static final String RELIGION = "Tôn giáo";
    public static final String EDUCATION = "Trình độ học vấn";
    public static final String OCCUPATION = "Nghề nghiệp";
    public static final String UNIT = "Mã chi hội/chi đoàn";
    public static final String JOINED_ON = "Ngày vào";
    public static final String MEMBER_NUMBER = "Số thẻ";

    public static final List<String> PERSON_COLUMNS = List.of(FULL_NAME, GENDER, BIRTH_DATE, NATIONAL_ID, PHONE, HAMLET,
            ADDRESS, ETHNICITY, RELIGION, EDUCATION, OCCUPATION);
    public static final List<String> MEMBERSHIP_COLUMNS = List.of(UNIT, JOINED_ON, MEMBER_NUMBER);
    public static final List<String> IMPORT_COLUMNS = concat(PERSON_COLUMNS, MEMBERSHIP_COLUMNS);
    public static final String MEMBERSHIPS_COLUMN = "Tổ chức tham gia";
    public static final String ERRORS_COLUMN = "Lỗi";
    public static final String SHEET_NAME = "Thành viên";

    private static final String MALE = "Nam";
    private static final String FEMALE = "Nữ";

    private MemberSheet() {
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** The column of a form or API field, as a report names it. */
    public static String column(String field) {
        int person = List.of("fullName", "gender", "birthDate", "nationalId", "phone", "hamletCode", "address",
                "ethnicityCode", "religionCode", "education", "occupation").indexOf(field);
        if (person >= 0) {
            return PERSON_COLUMNS.get(person);
        }
        int membership = List.of("orgUnitId", "joinedOn", "memberNumber").indexOf(field);
        return membership >= 0 ? MEMBERSHIP_COLUMNS.get(membership) : null;
    }

    public static List<String> exportHeader() {
        List<String> header = new ArrayList<>(PERSON_COLUMNS);
        header.add(MEMBERSHIPS_COLUMN);
        return header;
    }

    /** One exported row: the person columns, then their memberships ("HPN: Chi hội ấp 3 (AWAY)"). */
    public static List<Object> exportRow(PersonView p) {
        List<Object> row = new ArrayList<>();
        row.add(p.fullName());
        row.add(gender(p.gender()));
        row.add(p.birthDate());
        row.add(p.nationalId());
        row.add(p.phone());
        row.add(p.hamletCode());
        row.add(p.address());
        row.add(p.ethnicityCode());
        row.add(p.religionCode());
        row.add(p.education());
        row.add(p.occupation());
        row.add(p.memberships().stream()
                .map(m -> m.organisationCode() + ": " + m.orgUnitName() + " (" + m.status() + ")")
                .collect(Collectors.joining("; ")));
        return row;
    }

    public static String gender(Gender gender) {
        return gender == null ? null : gender == Gender.MALE ? MALE : FEMALE;
    }

    /** "Nam", "Nữ" (also without the mark, any case), or the constant's name; {@code null} otherwise. */
    public static Gender gender(String text) {
        if (text == null) {
            return null;
        }
        String folded = text.trim().toLowerCase(Locale.ROOT);
        if (folded.equals("nam") || folded.equals("male")) {
            return Gender.MALE;
        }
        if (folded.equals("nữ") || folded.equals("nu") || folded.equals("female")) {
            return Gender.FEMALE;
        }
        return null;
    }
}
