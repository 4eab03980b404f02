package vn.doanthe.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.member.boundary.BranchMember;
import vn.doanthe.member.boundary.MemberRatingView;
import vn.doanthe.member.boundary.MemberRatings;
import vn.doanthe.member.boundary.RatingEntry;
import vn.doanthe.member.boundary.RatingSummary;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.web.UnitPicker;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;

/**
 * The Youth Union members' rating page (đánh giá, xếp loại đoàn viên): a branch's roll for a year,
 * one form per member (self-assessment, the branch's comment, its decision), and the levels and
 * outstanding members under the unit chosen.
 */
@Named
@ViewScoped
public class MemberRatingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberRatings ratings;

    @Inject
    OrgUnits orgUnits;

    private final UnitPicker branch = new UnitPicker();
    private Integer year = VietnamTime.today().getYear();
    private Long shownUnit;
    private int shownYear;
    private List<BranchMember> roll;
    private RatingSummary summary;

    private BranchMember member;
    private RatingLevel selfLevel;
    private String selfComment;
    private String comment;
    private RatingLevel level;

    public void show() {
        Long unit = branch.id();
        Integer asked = year;
        if (Feedback.attempt("filterForm", () -> {
            roll = ratings.roll(unit, asked);
            summary = ratings.summary(unit, asked);
        })) {
            shownUnit = unit;
            shownYear = asked;
        }
    }

    /** Opens the form of one member of the roll shown. */
    public void open(BranchMember chosen) {
        member = chosen;
        MemberRatingView own = chosen.own();
        selfLevel = own == null ? null : own.selfLevel();
        selfComment = own == null ? null : own.selfComment();
        comment = own == null ? null : own.comment();
        level = own == null ? null : own.level();
    }

    public void save() {
        MemberRatingView own = member.own();
        RatingEntry entry = new RatingEntry(shownUnit, selfLevel, selfComment, comment, level,
                own == null ? null : own.version());
        if (Feedback.attempt("ratingForm", () -> ratings.record(member.personId(), shownYear, entry))) {
            Feedback.info("member.rating.saved", member.fullName());
            roll = ratings.roll(shownUnit, shownYear);
            summary = ratings.summary(shownUnit, shownYear);
            member = null;
        }
    }

    /** The levels and outstanding members shown, downloaded as a spreadsheet. */
    public void exportXlsx() {
        Locale locale = ChosenLanguage.current();
        Long unit = shownUnit;
        int asked = shownYear;
        Feedback.attempt("filterForm", () -> {
            RatingSummary all = ratings.exportSummary(unit, asked);
            Faces.sendFile(RatingSheets.file(asked), true, out -> RatingSheets.outstanding(all, locale, out));
        });
    }

    public List<String> completeBranch(String text) {
        return branch.complete(orgUnits, MemberRatings.YOUTH_UNION, text);
    }

    public RatingLevel[] getLevels() {
        return RatingLevel.values();
    }

    public UnitPicker getBranch() {
        return branch;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public int getShownYear() {
        return shownYear;
    }

    public List<BranchMember> getRoll() {
        return roll;
    }

    public RatingSummary getSummary() {
        return summary;
    }

    public BranchMember getMember() {
        return member;
    }

    public RatingLevel getSelfLevel() {
        return selfLevel;
    }

    public void setSelfLevel(RatingLevel selfLevel) {
        this.selfLevel = selfLevel;
    }

    public String getSelfComment() {
        return selfComment;
    }

    public void setSelfComment(String selfComment) {
        this.selfComment = selfComment;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public RatingLevel getLevel() {
        return level;
    }

    public void setLevel(RatingLevel level) {
        this.level = level;
    }
}
