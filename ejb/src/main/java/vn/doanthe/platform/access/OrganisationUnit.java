package vn.doanthe.platform.access;

/**
 * A unit of an organisation placed on a territorial unit, as a scope sees it. Implemented by the
 * organisation feature's unit, whose JPQL attributes are {@code adminUnit} and {@code organisation}
 * (what {@link Scope#unit(String)} writes conditions on).
 */
public interface OrganisationUnit {

    Place place();

    Long organisationId();
}
