package vn.doanthe.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.ViewScoped;
import vn.doanthe.member.boundary.TransferEntry;
import vn.doanthe.member.boundary.TransferQuery;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;

/**
 * The transfers console (chuyển sinh hoạt): what the user's units send and receive, pending first,
 * filtered by direction and status; the receiving side accepts, or refuses saying why.
 */
@Named
@ViewScoped
public class TransferListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Transfers transfers;

    private TransferQuery.Direction direction;
    private Transfer.Status status;
    private PagedModel<TransferEntry> list;

    private Long decidedId;
    private String refusal;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        TransferQuery query = new TransferQuery(direction, status);
        list = new PagedModel<>(page -> transfers.list(query, page), entry -> entry.transfer().id().toString());
    }

    public void accept(TransferView transfer) {
        if (Feedback.attempt("listForm", () -> transfers.accept(transfer.id(), null, null))) {
            Feedback.info("member.transfers.accepted", transfer.personName(), transfer.toOrgUnitName());
        }
    }

    public void prepareRefusal(TransferView transfer) {
        decidedId = transfer.id();
        refusal = null;
    }

    public void refuse() {
        if (Feedback.attempt("refuseForm", () -> transfers.refuse(decidedId, null, refusal))) {
            Feedback.info("member.transfers.refused");
        }
    }

    public TransferQuery.Direction[] getDirections() {
        return TransferQuery.Direction.values();
    }

    public Transfer.Status[] getStatuses() {
        return Transfer.Status.values();
    }

    public PagedModel<TransferEntry> getList() {
        return list;
    }

    public TransferQuery.Direction getDirection() {
        return direction;
    }

    public void setDirection(TransferQuery.Direction direction) {
        this.direction = direction;
    }

    public Transfer.Status getStatus() {
        return status;
    }

    public void setStatus(Transfer.Status status) {
        this.status = status;
    }

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
