package vn.doanthe.territory.web;

import java.io.Serializable;
import java.util.List;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.web.Suggestions;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;

/**
 * A territorial unit picked by its name on a page — a hamlet with its commune, since many hamlets
 * share a name, the code last — and the code it stands for.
 */
public final class PlacePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Suggestions<String> offered = new Suggestions<>();
    private String text;

    /** Units whose name holds the words typed. */
    public List<String> complete(AdminUnits units, String typed) {
        return offered.offer(units.search(typed, null, null, null, new PageRequest(0, 15)).items(),
                AdminUnitView::described, AdminUnitView::code);
    }

    /** The code of the unit picked; null when none is. */
    public String code() {
        return offered.key(text);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
