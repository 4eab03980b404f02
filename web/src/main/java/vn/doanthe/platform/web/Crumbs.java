package vn.doanthe.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The breadcrumbs above every page below the home page: the home page, the pages a page is
 * reached from (a person from the list of persons, a cadre's profile from the cadres), and the
 * page itself. The layout shows them; a page needs no markup of its own.
 */
@Named
@ApplicationScoped
public class Crumbs {

    /** A step of the trail: a page to go back to ({@code outcome}), or a group of the menu (no outcome). */
    public record Crumb(String outcome, String label) {
    }

    private static final Crumb CADRES = new Crumb("/cadre/cadres", "cadre.list.title");
    private static final Crumb COURSES = new Crumb("/training/courses", "training.courses.title");
    private static final Crumb ADMINISTRATION = new Crumb(null, "menu.administration");

    private static final Map<String, List<Crumb>> ABOVE = Map.ofEntries(
            Map.entry("/member/person.xhtml", List.of(new Crumb("/member/persons", "member.list.title"))),
            Map.entry("/cadre/profile.xhtml", List.of(CADRES)),
            Map.entry("/cadre/succession.xhtml", List.of(CADRES)),
            Map.entry("/cadre/posts.xhtml", List.of(CADRES)),
            Map.entry("/cadre/allowances.xhtml", List.of(CADRES)),
            Map.entry("/training/courses.xhtml", List.of(CADRES)),
            Map.entry("/training/coverage.xhtml", List.of(CADRES, COURSES)),
            Map.entry("/training/effect.xhtml", List.of(CADRES, COURSES)),
            Map.entry("/directive/directive.xhtml", List.of(new Crumb("/directive/directives", "menu.directives"))),
            Map.entry("/directive/campaign.xhtml", List.of(new Crumb("/directive/directives", "menu.directives"))),
            Map.entry("/meeting/meeting.xhtml", List.of(new Crumb("/meeting/meetings", "menu.meetings"))),
            Map.entry("/meeting/stats.xhtml", List.of(new Crumb("/meeting/meetings", "menu.meetings"))),
            Map.entry("/territory/units.xhtml", List.of(ADMINISTRATION)),
            Map.entry("/organisation/units.xhtml", List.of(ADMINISTRATION)),
            Map.entry("/organisation/organisations.xhtml", List.of(ADMINISTRATION)),
            Map.entry("/security/users.xhtml", List.of(ADMINISTRATION)));

    /** The steps between the home page and the page shown. */
    public List<Crumb> getAbove() {
        return ABOVE.getOrDefault(Faces.getViewId(), List.of());
    }

    /** Whether the page shown has a trail: every page but the home page. */
    public boolean isShown() {
        return !"/index.xhtml".equals(Faces.getViewId());
    }
}
