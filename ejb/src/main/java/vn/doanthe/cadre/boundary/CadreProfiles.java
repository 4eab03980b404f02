package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.control.CadreFilter;
import vn.doanthe.cadre.control.HoldingScope;
import vn.doanthe.cadre.entity.CadreProfile;
import vn.doanthe.cadre.entity.CadreRating;
import vn.doanthe.member.boundary.PersonScope;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;

/**
 * A cadre's file (hồ sơ cán bộ): read whole, edited as one form, and the yearly review given. Any
 * person in scope may have one, for a future cadre (nguồn cán bộ) holds no post yet; a review is
 * given only for a year in which the person held a post the caller sees.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class CadreProfiles {

    /** Reviews are kept from the year the registry's oldest records start. */
    private static final int FIRST_YEAR = 1990;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PersonScope personScope;

    @Inject
    PostHoldings holdings;

    public ProfileView profile(Long personId) {
        Person person = personScope.inScope(scopes.current(), personId);
        return view(person);
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public ProfileView describe(Long personId, @NotNull ProfileChange change) {
        Person person = personScope.inScope(scopes.current(), personId);
        Refusals refusals = new Refusals();
        String field = refusals.check(() -> TextCheck.text("professionalField", change.professionalField(), 200));
        String note = refusals.check(() -> TextCheck.text("successorNote", change.successorNote(), 300));
        boolean successor = Boolean.TRUE.equals(change.successor());
        if (!successor && note != null && !note.isEmpty()) {
            refusals.refuse("successorNote", "cadre.error.noteWithoutSuccessor");
        }
        if (field != null && !field.isEmpty() && change.professionalLevel() == null) {
            refusals.refuse("professionalLevel", "cadre.error.levelOfField");
        }
        refusals.throwIfAny();
        CadreProfile profile = profile(person);
        if (profile == null) {
            profile = new CadreProfile(person);
            em.persist(profile);
        } else if (change.version() != null && change.version() != profile.getVersion()) {
            throw new Conflict(null, "error.conflict.stale");
        }
        profile.describe(change.professionalLevel(), blankAsNull(field), change.politicalTheory(), successor,
                blankAsNull(note));
        em.flush(); // the view carries the version the database now holds
        return view(person);
    }

    /** The review of {@code year}, given or given again (the later decision replaces the earlier). */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public RatingView rate(Long personId, Integer year, @NotNull NewRating rating) {
        Scope scope = scopes.current();
        Person person = personScope.inScope(scope, personId);
        Refusals refusals = new Refusals();
        Integer rated = refusals.required("year", year);
        RatingLevel level = refusals.required("level", rating.level());
        String comment = refusals.check(() -> TextCheck.paragraphs("comment", rating.comment(), 1000));
        int thisYear = VietnamTime.today().getYear();
        if (rated != null && (rated < FIRST_YEAR || rated > thisYear)) {
            refusals.refuse("year", "cadre.error.ratingYear", String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
        } else if (rated != null && !heldAPostIn(scope, person, rated)) {
            refusals.refuse("year", "cadre.error.noPostThatYear", person.getFullName(), String.valueOf(rated));
        }
        refusals.throwIfAny();
        CadreRating given = em.createQuery("select r from CadreRating r where r.person = :person and r.year = :year",
                        CadreRating.class).setParameter("person", person).setParameter("year", rated)
                .getResultStream().findFirst().orElse(null);
        if (given == null) {
            given = new CadreRating(person, rated);
            em.persist(given);
        }
        given.rate(level, blankAsNull(comment));
        em.flush();
        return RatingView.of(given);
    }

    private boolean heldAPostIn(Scope scope, Person person, int year) {
        Where inScope = HoldingScope.holding(scope, "h");
        return inScope.bind(em.createQuery("select count(h) from PostHolding h where h.person = :person"
                        + " and h.from <= :last and (h.to is null or h.to >= :first) and " + inScope.jpql(), Long.class))
                .setParameter("person", person).setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31)).getSingleResult() > 0;
    }

    private ProfileView view(Person person) {
        List<RatingView> ratings = em.createNamedQuery("CadreRating.ofPerson", CadreRating.class)
                .setParameter("person", person.getId()).getResultStream().map(RatingView::of).toList();
        return ProfileView.of(person, profile(person), CadreFilter.age(person.getBirthDate(), VietnamTime.today()),
                holdings.ofPerson(person.getId()), ratings);
    }

    private CadreProfile profile(Person person) {
        return em.createNamedQuery("CadreProfile.ofPerson", CadreProfile.class).setParameter("person", person.getId())
                .getResultStream().findFirst().orElse(null);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
