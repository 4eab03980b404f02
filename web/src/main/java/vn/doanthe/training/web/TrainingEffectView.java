package vn.doanthe.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.doanthe.training.boundary.CourseEffect;
import vn.doanthe.training.boundary.TrainingEffect;

/** The effect page of a course (hiệu quả sau tập huấn): its trainees' branches beside the others, a year before and after. */
@Named
@ViewScoped
public class TrainingEffectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingEffect effects;

    private Long course;
    private CourseEffect effect;

    /** f:viewAction: the course named by the parameter (404 outside the scope). */
    public void load() {
        effect = effects.of(course);
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public CourseEffect getEffect() {
        return effect;
    }
}
