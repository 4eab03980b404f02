package vn.doanthe.cadre.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.doanthe.cadre.boundary.CadreProfiles;
import vn.doanthe.cadre.boundary.NewRating;
import vn.doanthe.cadre.boundary.ProfileChange;
import vn.doanthe.cadre.boundary.ProfileView;
import vn.doanthe.cadre.entity.PoliticalTheory;
import vn.doanthe.cadre.entity.ProfessionalLevel;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Feedback;

/**
 * A cadre's file page (hồ sơ cán bộ): the person, the qualifications form, the posts held and the
 * yearly reviews; the trainings beside them come from {@code personTrainingsView}.
 */
@Named
@ViewScoped
public class CadreProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CadreProfiles profiles;

    private Long person;
    private ProfileView profile;
    private ProfessionalLevel professionalLevel;
    private String professionalField;
    private PoliticalTheory politicalTheory;
    private boolean successor;
    private String successorNote;
    private Integer ratingYear;
    private RatingLevel ratingLevel;
    private String ratingComment;

    /** f:viewAction: the file of the person named by the parameter (404 outside the scope). */
    public void load() {
        show(profiles.profile(person));
        ratingYear = VietnamTime.today().getYear();
    }

    public void save() {
        ProfileChange change = new ProfileChange(professionalLevel, professionalField, politicalTheory, successor,
                successorNote, profile.version());
        if (Feedback.attempt("profileForm", () -> show(profiles.describe(person, change)))) {
            Feedback.info("cadre.profile.saved");
        }
    }

    public void rate() {
        if (Feedback.attempt("ratingForm", () -> profiles.rate(person, ratingYear,
                new NewRating(ratingLevel, ratingComment)))) {
            Feedback.info("cadre.rating.saved", ratingYear);
            profile = profiles.profile(person);
            ratingLevel = null;
            ratingComment = null;
        }
    }

    private void show(ProfileView shown) {
        profile = shown;
        professionalLevel = shown.professionalLevel();
        professionalField = shown.professionalField();
        politicalTheory = shown.politicalTheory();
        successor = shown.successor();
        successorNote = shown.successorNote();
    }

    public ProfessionalLevel[] getProfessionalLevels() {
        return ProfessionalLevel.values();
    }

    public PoliticalTheory[] getTheoryLevels() {
        return PoliticalTheory.values();
    }

    public RatingLevel[] getRatingLevels() {
        return RatingLevel.values();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public ProfileView getProfile() {
        return profile;
    }

    public ProfessionalLevel getProfessionalLevel() {
        return professionalLevel;
    }

    public void setProfessionalLevel(ProfessionalLevel professionalLevel) {
        this.professionalLevel = professionalLevel;
    }

    public String getProfessionalField() {
        return professionalField;
    }

    public void setProfessionalField(String professionalField) {
        this.professionalField = professionalField;
    }

    public PoliticalTheory getPoliticalTheory() {
        return politicalTheory;
    }

    public void setPoliticalTheory(PoliticalTheory politicalTheory) {
        this.politicalTheory = politicalTheory;
    }

    public boolean isSuccessor() {
        return successor;
    }

    public void setSuccessor(boolean successor) {
        this.successor = successor;
    }

    public String getSuccessorNote() {
        return successorNote;
    }

    public void setSuccessorNote(String successorNote) {
        this.successorNote = successorNote;
    }

    public Integer getRatingYear() {
        return ratingYear;
    }

    public void setRatingYear(Integer ratingYear) {
        this.ratingYear = ratingYear;
    }

    public RatingLevel getRatingLevel() {
        return ratingLevel;
    }

    public void setRatingLevel(RatingLevel ratingLevel) {
        this.ratingLevel = ratingLevel;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }
}
