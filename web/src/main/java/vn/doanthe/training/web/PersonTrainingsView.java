package vn.doanthe.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.boundary.Enrolments;

/**
 * The trainings of one person, for the pages of other features that show a person (a cadre's
 * file): training stands on cadres, so the cadre page asks this bean rather than the other way.
 */
@Named
@ViewScoped
public class PersonTrainingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    private Long person;
    private List<EnrolmentView> trainings;

    public List<EnrolmentView> of(Long personId) {
        if (trainings == null || !personId.equals(person)) {
            person = personId;
            trainings = enrolments.ofPerson(personId);
        }
        return trainings;
    }
}
