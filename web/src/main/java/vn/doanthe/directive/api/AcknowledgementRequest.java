package vn.doanthe.directive.api;

/** Body of POST /campaigns/{id}/acknowledgements: the target branch and the summary version it will present. */
public class AcknowledgementRequest {

    public Long orgUnitId;

    public Long summaryId;
}
