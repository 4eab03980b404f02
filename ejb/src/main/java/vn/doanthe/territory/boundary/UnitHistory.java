package vn.doanthe.territory.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What an auditor or an officer asks of a unit's past: former names, predecessors and successors. */
public record UnitHistory(AdminUnitView unit, List<FormerName> formerNames, List<Link> predecessors,
                          List<Link> successors) implements Serializable {

    public record FormerName(String name, LocalDate validFrom, LocalDate validTo) implements Serializable {
    }

    public record Link(AdminUnitView unit, LocalDate effectiveOn, String kind, String note) implements Serializable {
    }
}
