package vn.doanthe.platform.mutation;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.Map;
import vn.doanthe.platform.access.Place;

/**
 * Domain data: every change of it passes the mutation path and is recorded. The state seen when the
 * entity was loaded is kept so that an update is recorded field by field.
 */
@MappedSuperclass
@EntityListeners(MutationListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Transient
    private Map<String, String> recordedState = Map.of();

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    /**
     * The person whose personal data this entity's {@link Erasable} fields hold (a person is their
     * own), or null: the audit trail seals those values with that person's key.
     */
    public Long dataSubject() {
        return null;
    }

    /**
     * The territorial unit this record belongs to as it stands now, or null for records of the
     * whole installation (accounts, organisations, unit types). Each entity answers for itself, so
     * the audit trail files every entry under its place without knowing the entity's type, and an
     * auditor's filter by unit finds it.
     */
    public abstract Place territory();

    Map<String, String> recordedState() {
        return recordedState;
    }

    void recordedState(Map<String, String> state) {
        this.recordedState = state;
    }
}
