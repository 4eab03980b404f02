package vn.doanthe.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.doanthe.meeting.boundary.MeetingStatistics;
import vn.doanthe.meeting.boundary.MeetingStats;
import vn.doanthe.platform.control.VietnamTime;
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

    public void load() {
        String code = unit;
        String of = organisation == null || organisation.isBlank() ? null : organisation;
        Integer asked = year;
        Feedback.attempt("statsForm", () -> stats = statistics.of(code, of, asked));
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
