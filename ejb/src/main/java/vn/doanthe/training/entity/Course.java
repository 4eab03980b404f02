package vn.doanthe.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;

/**
 * A training course (lớp tập huấn, bồi dưỡng) an organisation unit runs for the holders of some
 * posts: its topics, dates, mode and venue, and the plan or decision it carries out. It belongs to
 * the year it ends in.
 */
@Entity
@Table(name = "course")
public class Course extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organiser_unit_id")
    private OrgUnit organiser;

    @Column(name = "starts_on", nullable = false)
    private LocalDate from;

    @Column(name = "ends_on", nullable = false)
    private LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CourseMode mode;

    @Column(length = 200)
    private String venue;

    @Column(length = 200)
    private String programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private TrainingPlan plan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_topic", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<CourseTopic> topics = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "course_target_post", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "post_type_id"))
    private Set<PostType> targetPosts = new HashSet<>();

    protected Course() {
    }

    public Course(String title, OrgUnit organiser, LocalDate from, LocalDate to, CourseMode mode, String venue,
                  String programme, List<CourseTopic> topics, Set<PostType> targetPosts) {
        this.title = title;
        this.organiser = organiser;
        this.from = from;
        this.to = to;
        this.mode = mode;
        this.venue = venue;
        this.programme = programme;
        this.topics = new ArrayList<>(topics);
        this.targetPosts = new HashSet<>(targetPosts);
    }

    /** Whether the course is for holders of this post (a course for no post in particular is for anyone). */
    public boolean targets(PostType post) {
        return targetPosts.contains(post);
    }

    public String getTitle() {
        return title;
    }

    public OrgUnit getOrganiser() {
        return organiser;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public CourseMode getMode() {
        return mode;
    }

    public String getVenue() {
        return venue;
    }

    /** The course carries out a yearly plan. */
    public void carriesOut(TrainingPlan plan) {
        this.plan = plan;
    }

    public TrainingPlan getPlan() {
        return plan;
    }

    public String getProgramme() {
        return programme;
    }

    public List<CourseTopic> getTopics() {
        return List.copyOf(topics);
    }

    public Set<PostType> getTargetPosts() {
        return Set.copyOf(targetPosts);
    }

    /** The territorial unit of the organiser. */
    @Override
    public Place territory() {
        return organiser == null ? null : organiser.getAdminUnit();
    }
}
