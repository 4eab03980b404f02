package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.control.PersonName;
import vn.doanthe.member.control.PersonRules;
import vn.doanthe.member.control.PersonalData;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.person.BirthDateCorrected;
import vn.doanthe.territory.entity.AdminUnit;


/** Persons: register, correct, find; one CCCD is one person. */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Persons {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRules rules;

    @Inject
    Scopes scopes;

    @Inject
    PersonScope personScope;

    @Inject
    PersonLookup lookup;

    @Inject
    Event<BirthDateCorrected> birthDateCorrected;

    /** The person, with CCCD, phone, ethnicity and religion masked (see {@link #reveal}). */
    public PersonView find(Long id) {
        Scope scope = scopes.current();
        return PersonalData.masked(lookup.views(List.of(lookup.inScope(id, scope)), scope).get(0));
    }


    /** Persons already registered who are probably this one: same name and birth date, or same phone. */
    public List<PersonView> likelyDuplicates(@NotNull NewPerson details, Long self) {
        Scope scope = scopes.current();
        Where inScope = PersonScope.person(scope, "p");
        TypedQuery<Person> likelySame = em.createQuery("""
                select p from Person p where p.id <> :self and ((p.nameKey = :nameKey and p.birthDate = :birthDate)
                or (:phone is not null and p.phone = :phone))""" + " and " + inScope.jpql() + " order by p.id", Person.class);
        inScope.parameters().forEach(likelySame::setParameter);
        // The key PersonName gives, folded without it: a name that cannot be registered finds no one
        // here, and is refused when it is registered.
        List<Person> found = likelySame.setParameter("self", self == null ? -1L : self)
                .setParameter("nameKey", VietnameseText.fold(details.fullName(), Person.NAME_KEY_LENGTH))
                .setParameter("birthDate", details.birthDate())
                .setParameter("phone", phoneAsStored(details.phone()))
                .setMaxResults(10).getResultList();
        return PersonLookup.masked(lookup.views(found, scope));
    }


    /** The mistakes of the details, registering nothing: a client names them with those it could not read. */
    public void check(@NotNull NewPerson details) {
        rules.check(details, null);
    }

    /** Every mistake of the details at once, beside its field (see {@link PersonRules#check}). */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PersonView register(@NotNull NewPerson details) {
        Person person = newPerson(details, rules.check(details, null));
        em.persist(person);
        em.flush(); // the view carries the id the database assigns
        return lookup.views(List.of(person), Scope.everything()).get(0);
    }

    /** The details as corrected; masked values left as shown keep what is stored. Every mistake at once. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PersonView correct(@NotNull Long id, @NotNull NewPerson details) {
        Scope scope = scopes.current();
        Person person = lookup.inScope(id, scope);
        NewPerson unmasked = PersonalData.unmasked(details, person);
        AdminUnit hamlet = rules.check(unmasked, id);
        person.rename(PersonName.of(unmasked.fullName()));
        LocalDate bornBefore = person.getBirthDate();
        fill(person, unmasked, hamlet);
        if (!bornBefore.equals(person.getBirthDate())) {
            birthDateCorrected.fire(new BirthDateCorrected(id, person.getBirthDate()));
        }
        return PersonalData.masked(lookup.views(List.of(person), scope).get(0));
    }

    /** A new person from details already checked (by an import, with its other rows), not yet persisted. */
    static Person newPerson(NewPerson details, AdminUnit hamlet) {
        Person person = new Person(PersonName.of(details.fullName()), details.gender(), details.birthDate(), hamlet);
        fill(person, details, hamlet);
        return person;
    }

    private static void fill(Person person, NewPerson details, AdminUnit hamlet) {
        person.identity(details.gender(), details.birthDate(), blankToNull(details.nationalId()));
        person.contact(blankToNull(details.phone()), hamlet, VietnameseText.tidy(details.address()));
        person.background(blankToNull(details.ethnicityCode()), blankToNull(details.religionCode()),
                VietnameseText.tidy(details.education()), VietnameseText.tidy(details.occupation()));
    }

    /** A phone number as the registry stores them (digits, a leading +), or none: anything else matches no one. */
    private static String phoneAsStored(String phone) {
        String given = blankToNull(phone);
        return given != null && given.matches("\\+?[0-9]{3,15}") ? given : null;
    }

    private static String blankToNull(String text) {
        return PersonRules.blankToNull(text);
    }
}
