package vn.doanthe.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.meeting.boundary.MeetingStatistics;
import vn.doanthe.meeting.boundary.MeetingStats;
import vn.doanthe.meeting.boundary.MeetingYearReport;
import vn.doanthe.meeting.boundary.MissingMeetings;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;

/**
 * How the branches kept their meeting schedule in a year (tình hình sinh hoạt), under the officer's
 * unit or one chosen below it, each unit below a row that opens its own figures.
 */
@Named
@ViewScoped
public class MeetingStatsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingStatistics statistics;

    private String unit;
    private String organisation;
    private Integer year = VietnamTime.today().getYear();
    private MeetingStats stats;
    private List<MissingMeetings> missing;

    public void load() {
        String code = unit;
        String of = organisation == null || organisation.isBlank() ? null : organisation;
        Integer asked = year;
        Feedback.attempt("statsForm", () -> {
            MeetingYearReport report = statistics.report(code, of, asked);
            stats = report.figures();
            missing = report.missing();
        });
    }

    /** The figures shown, downloaded as the report a level sends up. */
    public void exportXlsx() {
        Locale locale = ChosenLanguage.current();
        MeetingYearReport shown = new MeetingYearReport(stats, missing);
        int asked = year == null ? VietnamTime.today().getYear() : year;
        Faces.sendFile(MeetingStatsSheet.fileName(stats, asked), true,
                out -> MeetingStatsSheet.write(shown, locale, out));
    }

    public List<MissingMeetings> getMissing() {
        return missing;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public MeetingStats getStats() {
        return stats;
    }
}
