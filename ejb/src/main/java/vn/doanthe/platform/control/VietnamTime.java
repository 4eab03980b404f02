package vn.doanthe.platform.control;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in Đoàn Thể are Vietnam's dates, whatever zone the server's clock is set to. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
