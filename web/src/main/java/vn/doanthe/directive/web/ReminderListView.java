package vn.doanthe.directive.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.doanthe.directive.boundary.CampaignReminders;
import vn.doanthe.directive.boundary.ReminderView;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.web.Feedback;

/**
 * Reminders of campaigns (Nhắc việc tuyên truyền): what the branches in the caller's scope have
 * still to do before a deadline, and the branches below that let one pass; by default only those
 * still waiting for their session.
 */
@Named
@ViewScoped
public class ReminderListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignReminders reminders;

    private boolean open = true;
    private Page<ReminderView> found = new Page<>(List.of(), 0);

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Feedback.attempt("remindersForm", () -> found = reminders.list(null, open));
    }

    public List<ReminderView> getList() {
        return found.items();
    }

    public long getTotal() {
        return found.total();
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }
}
