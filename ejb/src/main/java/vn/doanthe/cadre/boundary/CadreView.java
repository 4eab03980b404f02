package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.entity.HoldingMode;

/** A cadre: a person with the posts they hold on the day asked, in every organisation the caller sees, together. */
public record CadreView(Long personId, String fullName, LocalDate birthDate, int age, List<Post> posts)
        implements Serializable {

    /** One post held: in which unit (named with its place), since when, until when, how given. */
    public record Post(Long holdingId, String post, String postName, String organisation, Long orgUnitId,
                       String orgUnitName, String place, LocalDate from, LocalDate to, LocalDate termEndsOn,
                       HoldingMode mode) implements Serializable {
    }
}
