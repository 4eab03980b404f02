package vn.doanthe.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.access.Place;

/**
 * A mass organisation (đoàn thể): the Fatherland Front, which stands over the others, the Youth
 * Union, the Women's Union, the Farmers' and Veterans' associations, the Trade Union and other
 * associations. Rows, not code: a new association needs no release.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.all", query = "select o from Organisation o order by o.sortOrder, o.name")
@NamedQuery(name = "Organisation.byCode", query = "select o from Organisation o where o.code = :code")
public class Organisation extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", nullable = false, length = 60)
    private String shortName;

    /** What its members are called: đoàn viên, hội viên … */
    @Column(name = "member_title", nullable = false, length = 60)
    private String memberTitle;

    /** The Fatherland Front: its staff see every organisation in their territory. */
    @Column(nullable = false)
    private boolean umbrella;

    @Column(name = "meeting_interval_months", nullable = false)
    private int meetingIntervalMonths = 3;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder = 100;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
    }

    public Organisation(String code, String name, String shortName, String memberTitle, int meetingIntervalMonths) {
        this.code = code;
        this.name = VietnameseText.tidy(name);
        this.shortName = VietnameseText.tidy(shortName);
        this.memberTitle = VietnameseText.tidy(memberTitle);
        this.meetingIntervalMonths = meetingIntervalMonths;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getMemberTitle() {
        return memberTitle;
    }

    public boolean isUmbrella() {
        return umbrella;
    }

    public int getMeetingIntervalMonths() {
        return meetingIntervalMonths;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    /** None: an organisation spans the installation. */
    @Override
    public Place territory() {
        return null;
    }
}
