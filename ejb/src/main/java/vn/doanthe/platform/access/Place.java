package vn.doanthe.platform.access;

/**
 * A territorial unit as a scope and the audit trail see it: an id and the path of the units above
 * it (paths are ids joined by '/', so a unit's descendants are exactly the paths that start with
 * its {@link #subtreePath()}). Implemented by the territory feature's administrative unit.
 */
public interface Place {

    Long getId();

    /** The path of the units above, e.g. {@code /1/7/}. */
    String getPath();

    /** The path every unit below this one starts with: its own path and id, e.g. {@code /1/7/42/}. */
    String subtreePath();
}
