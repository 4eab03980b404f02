package vn.doanthe.directive.api;

/** Body of POST /campaigns/{id}/reports: the reporting level's territorial code and its note. */
public class ReportRequest {

    public String unit;

    public String note;
}
