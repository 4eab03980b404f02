package vn.doanthe.organisation.web;

import java.io.Serializable;
import java.util.List;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Suggestions;

/** An organisation unit picked by name on a page (its place after it, the code last), and the unit it stands for. */
public final class UnitPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Suggestions<OrgUnitView> offered = new Suggestions<>();
    private String text;

    /** Open units in the caller's scope whose name holds the words typed. */
    public List<String> complete(OrgUnits units, String typed) {
        return complete(units, null, typed);
    }

    /** The same, of one organisation only (its code; every organisation when null). */
    public List<String> complete(OrgUnits units, String organisationCode, String typed) {
        return complete(units, organisationCode, null, typed);
    }

    /** The same, on a territorial unit and below it (its code; anywhere in scope when null). */
    public List<String> complete(OrgUnits units, String organisationCode, String placeCode, String typed) {
        return offered.offer(units.search(organisationCode, placeCode, typed, false, new PageRequest(0, 15)).items(),
                u -> u.name() + " — " + u.adminUnitName() + " (" + u.adminUnitCode() + ")", u -> u);
    }

    /** The unit picked; null when none is. */
    public OrgUnitView unit() {
        return offered.key(text);
    }

    public Long id() {
        OrgUnitView unit = unit();
        return unit == null ? null : unit.id();
    }

    public void clear() {
        text = null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
