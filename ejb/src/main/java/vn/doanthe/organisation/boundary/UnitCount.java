package vn.doanthe.organisation.boundary;

import java.io.Serializable;

/** How many open units an organisation has. */
public record UnitCount(String organisationCode, String organisationName, long units) implements Serializable {
}
