package vn.doanthe.member.api;

/** Body of POST /transfers/{id}/accept and /refuse: the day of the decision and, to refuse, why. */
public class DecisionRequest {

    public String day;

    public String reason;
}
