package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.entity.CadreProfile;
import vn.doanthe.cadre.entity.PoliticalTheory;
import vn.doanthe.cadre.entity.ProfessionalLevel;
import vn.doanthe.member.entity.Person;

/**
 * A cadre's file (hồ sơ cán bộ): who the person is, their qualifications, whether they are a future
 * cadre, the posts they held (latest first) and their yearly ratings (latest first). The trainings
 * come from the training feature, which stands on this one. {@code version} is null while nothing
 * was recorded.
 */
public record ProfileView(Long personId, String fullName, LocalDate birthDate, int age, String place,
                          String generalEducation, String occupation, ProfessionalLevel professionalLevel,
                          String professionalField, PoliticalTheory politicalTheory, boolean successor,
                          String successorNote, Integer version, List<HoldingView> posts, List<RatingView> ratings)
        implements Serializable {

    static ProfileView of(Person person, CadreProfile profile, int age,
                          List<HoldingView> posts, List<RatingView> ratings) {
        boolean recorded = profile != null;
        return new ProfileView(person.getId(), person.getFullName(), person.getBirthDate(), age,
                person.getHamlet().described(), person.getEducation(), person.getOccupation(),
                recorded ? profile.getProfessionalLevel() : null, recorded ? profile.getProfessionalField() : null,
                recorded ? profile.getPoliticalTheory() : null, recorded && profile.isSuccessor(),
                recorded ? profile.getSuccessorNote() : null, recorded ? profile.getVersion() : null, posts, ratings);
    }
}
