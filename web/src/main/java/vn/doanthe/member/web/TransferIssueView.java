package vn.doanthe.member.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.doanthe.member.boundary.MembershipView;
import vn.doanthe.member.boundary.NewTransfer;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.platform.web.Choices;
import vn.doanthe.platform.web.Feedback;

/**
 * The "Chuyển sinh hoạt" dialog of the person page: the sending unit sends one membership to a unit
 * of the same organisation anywhere in the province, found by name, place or code.
 */
@Named
@ViewScoped
public class TransferIssueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Transfers transfers;

    private Long membershipId;
    private String organisationName;
    private String destination;
    private LocalDate day;
    private String reason;

    public void prepare(MembershipView membership) {
        membershipId = membership.id();
        organisationName = membership.organisationName();
        destination = null;
        day = null;
        reason = null;
    }

    public List<String> complete(String query) {
        return transfers.destinations(membershipId, query).stream()
                .map(d -> Choices.label(d.id(), d.name() + " (" + d.adminUnitCode() + " " + d.adminUnitName() + ")"))
                .toList();
    }

    public void issue() {
        Feedback.attempt("transferForm", () -> {
            TransferView issued = transfers.issue(membershipId, new NewTransfer(Choices.id(destination), day, reason));
            Feedback.info("member.transfer.issued", issued.personName(), issued.toOrgUnitName());
        });
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
