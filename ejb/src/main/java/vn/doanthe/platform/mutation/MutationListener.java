package vn.doanthe.platform.mutation;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.util.Map;

/**
 * Sees every change of every {@link AuditedEntity}: refuses it outside a mutation, records it
 * inside one. Because it sits on the entities, no boundary, screen or endpoint can skip it.
 */
public class MutationListener {

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.recordedState(EntityState.of(entity));
    }

    @PrePersist
    void creating(AuditedEntity entity) {
        MutationContext.required(entity).record(
                new EntityChange(EntityChange.Action.CREATE, entity, Map.of(), EntityState.of(entity)));
    }

    @PreUpdate
    void updating(AuditedEntity entity) {
        MutationContext.required(entity).record(
                new EntityChange(EntityChange.Action.UPDATE, entity, entity.recordedState(), EntityState.of(entity)));
    }

    @PreRemove
    void removing(AuditedEntity entity) {
        MutationContext.required(entity).record(
                new EntityChange(EntityChange.Action.DELETE, entity, entity.recordedState(), Map.of()));
    }

    @PostPersist
    @PostUpdate
    void written(AuditedEntity entity) {
        entity.recordedState(EntityState.of(entity));
    }
}
