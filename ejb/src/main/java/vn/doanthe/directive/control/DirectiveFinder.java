package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import vn.doanthe.directive.entity.Directive;
import vn.doanthe.directive.entity.DirectiveSummary;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.Where;

/**
 * The directive feature's scope policy. A level's register is read by that level, the levels below
 * it (a commune reads the province's directives to pass them on) and those above; the whole
 * installation's register by everyone. It is written only by callers whose scope covers the level:
 * a commune adapts the province's summary at its own level, it does not change the province's.
 * A record outside what the caller reads is answered as missing (404).
 */
@Dependent
public class DirectiveFinder {

    @PersistenceContext
    EntityManager em;

    /** JPQL: the level {@code level} (left-joined: null is the whole installation's) may be read. */
    public static Where visible(Scope scope, String level) {
        if (!scope.hasPlace()) {
            return Where.always();
        }
        return Where.of(level + " is null", Map.of()).or(scope.visiblePlace(level));
    }

    /** Whether a record kept at {@code level} may be read. */
    public static boolean sees(Scope scope, Place level) {
        return level == null || scope.coversOrContainsPlace(level);
    }

    /** Whether a record kept at {@code level} may be changed. */
    public static boolean writes(Scope scope, Place level) {
        return scope.coversPlace(level);
    }

    public Directive seen(Scope scope, Long id) {
        Directive directive = id == null ? null : em.find(Directive.class, id);
        if (directive == null) {
            throw new RecordNotFound("id", "directive.error.notFound", id);
        }
        scope.require(sees(scope, directive.getRegister()), "Directive", id,
                () -> new RecordNotFound("id", "directive.error.notFound", id));
        return directive;
    }

    /** The directive, which the caller's level keeps: read by a level below, it is refused (403). */
    public Directive written(Scope scope, Long id) {
        Directive directive = seen(scope, id);
        if (!writes(scope, directive.getRegister())) {
            throw new AccessDenied("directive.error.otherRegister");
        }
        return directive;
    }

    public DirectiveSummary summary(Scope scope, Long id) {
        DirectiveSummary summary = id == null ? null : em.find(DirectiveSummary.class, id);
        if (summary == null) {
            throw new RecordNotFound("id", "directive.error.summaryNotFound", id);
        }
        scope.require(sees(scope, summary.getDirective().getRegister()) && sees(scope, summary.getLevel()),
                "DirectiveSummary", id, () -> new RecordNotFound("id", "directive.error.summaryNotFound", id));
        return summary;
    }
}
