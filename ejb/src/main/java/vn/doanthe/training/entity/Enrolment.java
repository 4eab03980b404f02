package vn.doanthe.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Erasable;

/**
 * A person enrolled in a course (học viên), and how they did: attended, the test score (0 to 10),
 * completed, the written reflection (bài thu hoạch).
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofPerson",
        query = "select e from Enrolment e where e.person.id = :person order by e.course.from, e.id")
@NamedQuery(name = "Enrolment.ofCourseAndPerson",
        query = "select e from Enrolment e where e.course.id = :course and e.person.id = :person")
public class Enrolment extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "outside_target", nullable = false)
    private boolean outsideTarget;

    private Boolean attended;

    @Column(precision = 4, scale = 2)
    private BigDecimal score;

    @Column(nullable = false)
    private boolean completed;

    @Erasable
    @Column(length = 2000)
    private String reflection;

    protected Enrolment() {
    }

    public Enrolment(Course course, Person person, boolean outsideTarget) {
        this.course = course;
        this.person = person;
        this.outsideTarget = outsideTarget;
    }

    /** The result as the organiser records it; completing needs attending. */
    public void result(boolean attended, BigDecimal score, boolean completed, String reflection) {
        this.attended = attended;
        this.score = score;
        this.completed = completed;
        this.reflection = reflection;
    }

    /** The person was registered twice; the enrolment now belongs to the record kept. */
    public void enrolled(Person kept) {
        this.person = kept;
    }

    /**
     * Takes in the same enrolment entered on a duplicate record of the person: what is known on
     * either side, the better of the two results.
     */
    public void join(Enrolment duplicate) {
        this.outsideTarget = outsideTarget && duplicate.outsideTarget;
        this.attended = attended == null ? duplicate.attended
                : duplicate.attended == null ? attended : attended || duplicate.attended;
        this.score = score == null ? duplicate.score : duplicate.score == null ? score : score.max(duplicate.score);
        this.completed = completed || duplicate.completed;
        if (reflection == null) {
            this.reflection = duplicate.reflection;
        }
    }

    /** The person is anonymised: their reflection goes; attendance, score and completion stay for the counts. */
    public void eraseTexts() {
        this.reflection = null;
    }

    public Course getCourse() {
        return course;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isOutsideTarget() {
        return outsideTarget;
    }

    public Boolean getAttended() {
        return attended;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isCompleted() {
        return completed;
    }

    public String getReflection() {
        return reflection;
    }

    @Override
    public Long dataSubject() {
        return person == null ? null : person.getId();
    }

    /** Where the course is run. */
    @Override
    public Place territory() {
        return course == null ? null : course.territory();
    }
}
