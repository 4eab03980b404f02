package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.doanthe.directive.entity.CampaignReminder;
import vn.doanthe.directive.entity.MissingStep;
import vn.doanthe.directive.entity.ReminderKind;

/**
 * A campaign reminder as the unit it is addressed to reads it: the document, the deadline, the branch
 * that is behind (its name and place), what it had not done, and whether it has held its session
 * since ({@code resolved}). {@code sentAt}: Vietnam time; {@code mailedTo}: to how many accounts it was mailed
 * (none: not mailed, as when no mail session is configured).
 */
public record ReminderView(Long id, Long campaignId, String symbol, String title, LocalDate deadline, ReminderKind kind,
                           MissingStep missing, Long orgUnitId, String unitName, String place, Long addressedUnitId,
                           String addressedTo, LocalDateTime sentAt, boolean resolved, Integer mailedTo) implements Serializable {

    static ReminderView of(CampaignReminder r, boolean resolved, LocalDateTime sentAt) {
        var campaign = r.getCampaign();
        var target = r.getTarget();
        return new ReminderView(r.getId(), campaign.getId(), campaign.getDirective().getSymbol(),
                campaign.getDirective().getTitle(), campaign.getDeadline(), r.getKind(), r.getMissing(),
                target.getUnit().getId(), target.getUnit().getName(), target.getPlace().described(),
                r.getAddressedTo().getId(), r.getAddressedTo().getName(), sentAt, resolved, r.getMailedTo());
    }
}
