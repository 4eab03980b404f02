package vn.doanthe.directive.api;

/** Body of POST /directives/{id}/summaries and PUT /summaries/{id}. */
public class SummaryRequest {

    /** Key points, what members should do, questions and answers; line breaks kept. */
    public String text;

    /** The presenter's outline. */
    public String outline;

    /** POST by a level below the document's: the approved version it adapts. */
    public Long basedOnId;

    /** PUT: the hash of the words the change started from; another's change meanwhile answers 409. */
    public String hash;
}
