package vn.doanthe.directive.api;

/** A member's opinion or proposal under a topic. */
public class OpinionRequest {

    public String topic;

    public String text;
}
