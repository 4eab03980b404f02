package vn.doanthe.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import vn.doanthe.directive.control.DirectiveFinder;
import vn.doanthe.directive.entity.Directive;
import vn.doanthe.directive.entity.DirectiveSummary;
import vn.doanthe.directive.entity.SummaryState;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Summaries of a document for members (tài liệu tuyên truyền ngắn gọn, dễ nhớ, dễ làm), and the
 * presenter's outline: written, sent for review, approved. The level whose register holds the
 * document writes its own; a level below adapts an approved version at its own level. An approved
 * text stays as approved: changing it writes the next version.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Summaries {

    /** A summary is a few pages members read in ten minutes, not the document again. */
    public static final int MAX_TEXT = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    DirectiveFinder found;

    /** The document's summaries at the levels the caller reads, each level's versions newest first. */
    public List<SummaryView> of(Long directiveId) {
        Scope scope = scopes.current();
        Directive directive = found.seen(scope, directiveId);
        Where seen = DirectiveFinder.visible(scope, "l");
        return seen.bind(em.createQuery("select s from DirectiveSummary s left join s.level l where s.directive = :d and "
                        + seen.jpql() + " order by l.path, l.id, s.versionNo desc", DirectiveSummary.class))
                .setParameter("d", directive).getResultStream().map(SummaryView::of).toList();
    }

    public SummaryView find(Long id) {
        return SummaryView.of(found.summary(scopes.current(), id));
    }

    /**
     * A first summary of the document at the caller's level: the document's own level when the
     * caller's scope covers it; else the caller's own level, adapting {@code basedOnId}, an approved
     * version written above.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public SummaryView write(@NotNull Long directiveId, @NotNull NewSummary request) {
        Scope scope = scopes.current();
        Directive directive = found.seen(scope, directiveId);
        Refusals refusals = new Refusals();
        String[] words = words(refusals, request);
        DirectiveSummary source = null;
        AdminUnit level;
        if (DirectiveFinder.writes(scope, directive.getRegister()) && request.basedOnId() == null) {
            level = directive.getRegister();
        } else {
            source = refusals.check(() -> adapted(scope, directive, request.basedOnId()));
            Long own = callers.current().scopeUnitId();
            level = own == null ? null : em.find(AdminUnit.class, own);
        }
        refusals.throwIfAny();
        DirectiveSummary summary = new DirectiveSummary(directive, level, nextVersion(directive, level), source,
                callers.current().username(), words[0], words[1]);
        em.persist(summary);
        em.flush(); // the view carries the id the database assigns
        return SummaryView.of(summary);
    }

    /**
     * New words for a summary. A version not yet approved is changed in place (one in review goes
     * back to draft); an approved one stays as it is, and the change is written as the next version
     * (its {@code created} answer names the new id). {@code hash}: the words the writer started from.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public Revised revise(@NotNull Long id, @NotNull NewSummary request) {
        Scope scope = scopes.current();
        DirectiveSummary summary = written(scope, id);
        Refusals refusals = new Refusals();
        String[] words = words(refusals, request);
        refusals.throwIfAny();
        if (request.hash() != null && !request.hash().isBlank() && !request.hash().equals(summary.getSha256())) {
            throw new Conflict("hash", "directive.summary.error.changedMeanwhile", summary.getWrittenBy());
        }
        switch (summary.getState()) {
            case DRAFT, REVIEW -> {
                summary.rewrite(words[0], words[1]);
                return new Revised(SummaryView.of(summary), false);
            }
            case APPROVED -> {
                DirectiveSummary next = new DirectiveSummary(summary.getDirective(), summary.getLevel(),
                        nextVersion(summary.getDirective(), summary.getLevel()), summary, callers.current().username(),
                        words[0], words[1]);
                em.persist(next);
                em.flush(); // the view carries the id the database assigns
                return new Revised(SummaryView.of(next), true);
            }
            default -> throw new Conflict("id", "directive.summary.error.superseded", summary.getVersionNo());
        }
    }

    /** Sends a draft for review. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public SummaryView submit(@NotNull Long id) {
        DirectiveSummary summary = written(scopes.current(), id);
        if (summary.getState() != SummaryState.DRAFT) {
            throw new Conflict("state", "directive.summary.error.notDraft", summary.getState().name());
        }
        summary.submit();
        return SummaryView.of(summary);
    }

    /** Approves a version in review, recording who approved it; the level's version approved before is superseded. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public SummaryView approve(@NotNull Long id) {
        DirectiveSummary summary = written(scopes.current(), id);
        if (summary.getState() != SummaryState.REVIEW) {
            throw new Conflict("state", "directive.summary.error.notInReview", summary.getState().name());
        }
        approvedAt(summary.getDirective(), summary.getLevel()).forEach(DirectiveSummary::supersede);
        summary.approve(callers.current().username());
        return SummaryView.of(summary);
    }

    /** A summary the caller's level wrote; one of a level above is read, not changed (403). */
    private DirectiveSummary written(Scope scope, Long id) {
        DirectiveSummary summary = found.summary(scope, id);
        if (!DirectiveFinder.writes(scope, summary.getLevel())) {
            throw new AccessDenied("directive.summary.error.otherLevel");
        }
        return summary;
    }

    /** The approved version a level below adapts: of the same document, and one the caller reads. */
    private DirectiveSummary adapted(Scope scope, Directive directive, Long basedOnId) {
        if (basedOnId == null) {
            throw new InvalidInput("basedOnId", "directive.summary.error.adaptApproved");
        }
        DirectiveSummary source = found.summary(scope, basedOnId);
        if (!source.getDirective().equals(directive) || source.getState() != SummaryState.APPROVED) {
            throw new InvalidInput("basedOnId", "directive.summary.error.adaptApproved");
        }
        return source;
    }

    private List<DirectiveSummary> approvedAt(Directive directive, AdminUnit level) {
        return ofLevel(directive, level, Where.of("s.state = :state", Map.of("state", SummaryState.APPROVED)));
    }

    /** One more than the level's last version; a version still being written is changed, not added to (409). */
    private int nextVersion(Directive directive, AdminUnit level) {
        List<DirectiveSummary> all = ofLevel(directive, level, Where.always());
        all.stream().filter(s -> s.getState() == SummaryState.DRAFT || s.getState() == SummaryState.REVIEW).findFirst()
                .ifPresent(open -> {
                    throw new Conflict("id", "directive.summary.error.openVersion", open.getVersionNo(), open.getId());
                });
        return all.stream().mapToInt(DirectiveSummary::getVersionNo).max().orElse(0) + 1;
    }

    private List<DirectiveSummary> ofLevel(Directive directive, AdminUnit level, Where condition) {
        Where where = Where.of("s.directive = :d", Map.of("d", directive)).and(condition)
                .and(level == null ? Where.of("s.level is null", Map.of()) : Where.of("s.level = :level",
                        Map.of("level", level)));
        return where.bind(em.createQuery("select s from DirectiveSummary s where " + where.jpql(),
                DirectiveSummary.class)).getResultList();
    }

    private static String[] words(Refusals refusals, NewSummary request) {
        String text = refusals.check(() -> TextCheck.paragraphs("text", request.text(), MAX_TEXT));
        if (!refusals.has("text") && (text == null || text.isEmpty())) {
            refusals.refuse("text", "validation.required");
        }
        String outline = refusals.check(() -> TextCheck.paragraphs("outline", request.outline(), MAX_TEXT));
        return new String[] {text, outline == null || outline.isEmpty() ? null : outline};
    }

    /** A summary after a change, and whether the change is a new version (a new id). */
    public record Revised(SummaryView summary, boolean created) implements java.io.Serializable {
    }
}
