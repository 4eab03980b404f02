package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/** A branch that missed periods of its cadence in a year: the periods owed and met in, and the day it last met (any year). */
public record MissingMeetings(long orgUnitId, String unitName, String place, int owed, int kept, int missing,
                              LocalDate lastHeldOn) implements Serializable {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    static final Comparator<MissingMeetings> MOST_MISSED = Comparator.comparingInt(MissingMeetings::missing).reversed()
            .thenComparing(MissingMeetings::place, VIETNAMESE).thenComparing(MissingMeetings::unitName, VIETNAMESE);

    static MissingMeetings of(long orgUnitId, String unitName, String place, int owed, int kept, LocalDate lastHeldOn) {
        return new MissingMeetings(orgUnitId, unitName, place, owed, kept, owed - kept, lastHeldOn);
    }
}
