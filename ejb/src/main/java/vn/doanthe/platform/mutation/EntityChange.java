package vn.doanthe.platform.mutation;

import java.util.Map;

/** One entity created, updated or removed within a mutation, with its field values before and after. */
public record EntityChange(Action action, AuditedEntity entity, Map<String, String> before, Map<String, String> after) {

    public enum Action { CREATE, UPDATE, DELETE }
}
