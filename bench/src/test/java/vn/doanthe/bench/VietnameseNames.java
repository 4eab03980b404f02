package vn.doanthe.bench;

import java.util.List;
import java.util.Random;
import vn.doanthe.member.entity.Gender;

/**
 * Names as a province of the Mekong delta writes them. Family names weighted after the published
 * shares (Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, Phạm 7 % …, Huỳnh and Võ common in the south);
 * Khmer families (Thạch, Sơn, Kim, Danh …) for persons of Khmer ethnicity. Middle and given names by
 * gender. Generated from the caller's seeded {@link Random}, so a seed gives the same province.
 */
final class VietnameseNames {

    private static final Weighted FAMILY = new Weighted(
            "Nguyễn", 380, "Trần", 110, "Lê", 95, "Phạm", 70, "Huỳnh", 40, "Võ", 39, "Phan", 45, "Hoàng", 15,
            "Vũ", 8, "Đặng", 21, "Bùi", 20, "Đỗ", 14, "Hồ", 13, "Ngô", 13, "Dương", 10, "Lý", 5, "Trương", 9,
            "Đinh", 6, "Lâm", 6, "Mai", 5, "Cao", 4, "Châu", 4, "Tô", 3, "Lương", 3, "Tạ", 2, "La", 2, "Thái", 3,
            "Quách", 2, "Kiều", 1, "Đoàn", 4, "Lưu", 3, "Tăng", 2, "Từ", 1, "Triệu", 2);
    private static final Weighted KHMER_FAMILY = new Weighted(
            "Thạch", 30, "Sơn", 20, "Kim", 15, "Danh", 12, "Lâm", 8, "Trà", 5, "Huỳnh", 4, "Châu", 3);
    private static final Weighted MALE_MIDDLE = new Weighted(
            "Văn", 420, "Minh", 80, "Hoàng", 40, "Quốc", 50, "Thanh", 50, "Đức", 35, "Hữu", 50, "Công", 35,
            "Ngọc", 30, "Tấn", 40, "Thành", 30, "Văn Minh", 15, "Phước", 20, "Trung", 15, "Gia", 15, "Anh", 15,
            "Hoài", 10, "Nhựt", 10);
    private static final Weighted FEMALE_MIDDLE = new Weighted(
            "Thị", 480, "Ngọc", 80, "Thanh", 45, "Thu", 35, "Kim", 40, "Mỹ", 35, "Bích", 25, "Hồng", 25,
            "Thùy", 20, "Phương", 15, "Thị Thu", 20, "Thị Ngọc", 20, "Thị Kim", 15, "Tuyết", 10, "Như", 15,
            "Cẩm", 10, "Diễm", 10);
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long",
            "Phúc", "Thành", "Hưng", "Khang", "Bảo", "Tài", "Trung", "Hiếu", "Quang", "Sơn", "Toàn", "Vinh", "Lộc",
            "Tâm", "Huy", "Đạt", "Khoa", "Phong", "Thắng", "Cường", "Tùng", "Định", "An", "Nghĩa", "Lợi", "Phát",
            "Thiện", "Kiệt", "Hậu", "Trí", "Thịnh", "Tín", "Nhân", "Duy", "Quý", "Tú", "Hoà", "Đông", "Bình", "Sang",
            "Luân", "Mến", "Út");
    private static final List<String> FEMALE_GIVEN = List.of("Hà", "Lan", "Hương", "Mai", "Linh", "Trang", "Thảo",
            "Ngọc", "Hạnh", "Nhung", "Phương", "Hoa", "Loan", "Tuyết", "Thủy", "Yến", "Vy", "Anh", "Nhi", "Trâm",
            "Hằng", "Hiền", "Diễm", "Oanh", "Hồng", "Xuân", "Thu", "Duyên", "My", "Quyên", "Nga", "Ngân", "Trinh",
            "Thư", "Huệ", "Cúc", "Đào", "Lệ", "Tiên", "Uyên", "Giang", "Châu", "Kiều", "Nương", "Bé", "Út");
    private static final List<String> KHMER_MALE = List.of("Sang", "Sóc", "Phol", "Rươl", "Sô Phal", "Ty", "Kha",
            "Pho", "Vi Sal", "Sa Rươn", "Đa Ra", "Som");
    private static final List<String> KHMER_FEMALE = List.of("Srey", "Sóc Khê", "Thi", "Sa Ry", "Chanh Thu", "Sa Vi",
            "Ni", "Phiên", "Mây", "Đa Ni");

    private VietnameseNames() {
    }

    static String fullName(Random random, Gender gender, boolean khmer) {
        boolean male = gender == Gender.MALE;
        if (khmer) {
            String given = pick(random, male ? KHMER_MALE : KHMER_FEMALE);
            return KHMER_FAMILY.pick(random) + (male ? "" : " Thị") + " " + given;
        }
        String middle = (male ? MALE_MIDDLE : FEMALE_MIDDLE).pick(random);
        return FAMILY.pick(random) + " " + middle + " " + pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
    }

    private static String pick(Random random, List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    /** Names with integer weights, picked in proportion to them. */
    private static final class Weighted {

        private final String[] names;
        private final int[] cumulative;

        Weighted(Object... namesAndWeights) {
            names = new String[namesAndWeights.length / 2];
            cumulative = new int[names.length];
            int total = 0;
            for (int i = 0; i < names.length; i++) {
                names[i] = (String) namesAndWeights[2 * i];
                total += (Integer) namesAndWeights[2 * i + 1];
                cumulative[i] = total;
            }
        }

        String pick(Random random) {
            int ticket = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; ; i++) {
                if (ticket < cumulative[i]) {
                    return names[i];
                }
            }
        }
    }
}
