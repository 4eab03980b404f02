package vn.doanthe.platform.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Dates in Đoàn Thể are Vietnam's dates, whatever zone the server's clock is set to. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A moment the database keeps in UTC, as the clock on a Vietnamese office's wall shows it. */
    public static LocalDateTime of(LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
    }
}
