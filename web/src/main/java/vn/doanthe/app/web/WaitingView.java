package vn.doanthe.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.util.Faces;
import vn.doanthe.cadre.boundary.Succession;
import vn.doanthe.cadre.boundary.SuccessionItem;
import vn.doanthe.cadre.boundary.SuccessionQuery;
import vn.doanthe.directive.boundary.CampaignReminders;
import vn.doanthe.meeting.boundary.MeetingStatistics;
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.member.boundary.MemberImports;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;

/**
 * What waits for the signed-in user, in their scope, on the home page: the register's size today
 * and its change in a month, then each thing someone must act on — transfers to decide, imports to
 * decide, branches that missed a meeting this year, campaign reminders still open, leaders' terms
 * ending — each with the link to the list that resolves it. Loaded after the page (a deferred
 * panel); an item the user's roles cannot read is left out.
 */
@Named
@RequestScoped
public class WaitingView {

    private static final Logger LOG = Logger.getLogger(WaitingView.class.getName());

    /** A figure of the home page: its label's key, the number, and where it is resolved (none: a figure only). */
    public record Item(String key, long count, String link, Long change) {

        public boolean isWaiting() {
            return link != null && count > 0;
        }
    }

    @Inject
    MemberStatistics memberStatistics;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Transfers transfers;

    @Inject
    MemberImports imports;

    @Inject
    MeetingStatistics meetings;

    @Inject
    CampaignReminders reminders;

    @Inject
    Succession succession;

    private List<Item> items;
    private String unit;

    public List<Item> getItems() {
        if (items == null) {
            items = new ArrayList<>();
            LocalDate today = VietnamTime.today();
            unit = attempt(this::ownUnit).orElse(null);
            if (unit != null) {
                attempt(() -> memberStatistics.members(unit, today)).ifPresent(now -> {
                    Optional<MemberCounts> before = attempt(() -> memberStatistics.members(unit, today.minusMonths(1)));
                    items.add(new Item("home.waiting.persons", now.persons(), null,
                            before.map(b -> now.persons() - b.persons()).orElse(null)));
                    items.add(new Item("home.waiting.memberships", now.memberships(), null,
                            before.map(b -> now.memberships() - b.memberships()).orElse(null)));
                });
            }
            attempt(transfers::awaitingDecision).ifPresent(n -> items.add(new Item("home.waiting.transfers", n,
                    "member/transfers.xhtml", null)));
            if (Faces.isUserInRole(Role.ADMIN.name()) || Faces.isUserInRole(Role.STAFF.name())) {
                attempt(imports::awaitingDecision).ifPresent(n -> items.add(new Item("home.waiting.imports", n, "member/import.xhtml", null)));
            }
            if (unit != null) {
                attempt(() -> meetings.of(unit, null, today.getYear()).missing()).ifPresent(n -> items.add(
                        new Item("home.waiting.meetings", n, "meeting/stats.xhtml?unit=" + unit, null)));
            }
            attempt(() -> reminders.list(null, true).total()).ifPresent(n -> items.add(
                    new Item("home.waiting.reminders", n, "directive/reminders.xhtml", null)));
            attempt(() -> succession.report(new SuccessionQuery(unit, null, null, null, null, null, today)).stream()
                    .filter(i -> i.reason() == SuccessionItem.Reason.TERM_ENDING).count()).ifPresent(n -> items.add(
                    new Item("home.waiting.terms", n, "cadre/succession.xhtml", null)));
        }
        return items;
    }

    /** The user's own unit, or the one province of an installation for its whole-installation accounts. */
    private String ownUnit() {
        String own = memberStatistics.ownUnit();
        if (own != null) {
            return own;
        }
        List<AdminUnitView> roots = adminUnits.roots(VietnamTime.today());
        return roots.size() == 1 ? roots.get(0).code() : null;
    }

    /** The figure, or none when the user may not read it (their roles or scope) or it cannot be counted now. */
    private static <T> Optional<T> attempt(Supplier<T> figure) {
        try {
            return Optional.ofNullable(figure.get());
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A figure of the home page could not be counted", e);
            return Optional.empty();
        }
    }

    public String getUnit() {
        return unit;
    }
}
