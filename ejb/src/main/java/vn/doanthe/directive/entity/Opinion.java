package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A member's opinion or proposal (ý kiến, kiến nghị) at a session, under a topic. */
@Embeddable
public class Opinion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "opinion_text", nullable = false, length = 4000)
    private String text;

    protected Opinion() {
    }

    public Opinion(String topic, String text) {
        this.topic = topic;
        this.text = text;
    }

    public String getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return topic + ": " + text;
    }
}
