package vn.doanthe.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.boundary.UnitCount;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminLevel;

/** The home page: how much of the territory and of each organisation's tree the register holds. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    AdminUnits adminUnits;

    @Inject
    OrgUnits orgUnits;

    private Map<AdminLevel, Long> units;
    private List<UnitCount> perOrganisation;

    public long units(String level) {
        if (units == null) {
            units = adminUnits.countCurrentByLevel();
        }
        return units.getOrDefault(AdminLevel.valueOf(level), 0L);
    }

    public List<UnitCount> getPerOrganisation() {
        if (perOrganisation == null) {
            perOrganisation = orgUnits.countOpenByOrganisation();
        }
        return perOrganisation;
    }

    public long getOrgUnitTotal() {
        return getPerOrganisation().stream().mapToLong(UnitCount::units).sum();
    }

    public LocalDate getToday() {
        return VietnamTime.today();
    }
}
