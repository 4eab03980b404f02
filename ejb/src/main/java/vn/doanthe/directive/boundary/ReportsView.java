package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The consolidated reports of a campaign seen from a unit: its own ({@code own}; none when the unit
 * does not report: the campaign's territory, or a hamlet) and those of the levels directly below it
 * that report to it ({@code below}), each with its state against the due date.
 */
public record ReportsView(Long campaignId, String unit, String name, LocalDate due, ReportView own, List<ReportView> below)
        implements Serializable {
}
