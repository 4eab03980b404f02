package vn.doanthe.audit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.doanthe.audit.boundary.FieldChange;
import vn.doanthe.audit.entity.AuditEntry;
import vn.doanthe.platform.access.Caller;

/**
 * An audit entry a command must write: by which command, what it did to which entity, for whom,
 * and the fields it must name with their old and new values (other fields may be named too).
 */
final class ExpectedEntry {

    private static final String HIDDEN = "••••••";

    private final String command;
    private final String action;
    private final String entityType;
    private final Long entityId;
    private String user = "admin";
    private String clientAddress = AuditProbe.CLIENT_ADDRESS;
    private boolean earlier;
    private String reason;
    private final Map<String, String[]> fields = new LinkedHashMap<>();
    private final Map<String, Boolean> hidden = new LinkedHashMap<>();

    private ExpectedEntry(String command, String action, String entityType, Long entityId) {
        this.command = command;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
    }

    /** An entry of {@code entityType} with this id; {@code null} when the scenario cannot know it. */
    static ExpectedEntry of(String command, String action, String entityType, Long entityId) {
        return new ExpectedEntry(command, action, entityType, entityId);
    }

    ExpectedEntry by(String username) {
        this.user = username;
        this.clientAddress = Caller.SYSTEM_NAME.equals(username) ? null : AuditProbe.CLIENT_ADDRESS;
        return this;
    }

    /** The reason the user gave, recorded with the entry. */
    ExpectedEntry reason(String given) {
        this.reason = given;
        return this;
    }

    /** Written before the scenario ran (the first administrator, created at the first start). */
    ExpectedEntry earlier() {
        this.earlier = true;
        return this;
    }

    boolean isEarlier() {
        return earlier;
    }

    String entityType() {
        return entityType;
    }

    Long entityId() {
        return entityId;
    }

    ExpectedEntry field(String name, Object old, Object now) {
        fields.put(name, new String[] {text(old), text(now)});
        return this;
    }

    /** A secret field that changed: named, its values shown hidden and different. */
    ExpectedEntry hiddenChange(String name, boolean created) {
        hidden.put(name, created);
        return this;
    }

    /** Whether the entry is this one, its changes read as the trail's reader opens them. */
    boolean matches(AuditEntry entry, List<FieldChange> opened) {
        if (!command.equals(entry.getCommand()) || !action.equals(entry.getAction())
                || !entityType.equals(entry.getEntityType()) || !user.equals(entry.getUsername())
                || !Objects.equals(clientAddress, entry.getClientAddress())
                || (entityId != null && !entityId.toString().equals(entry.getEntityId()))
                || (reason != null && !reason.equals(entry.getReason()))) {
            return false;
        }
        Map<String, String[]> changes = new HashMap<>();
        opened.forEach(c -> changes.put(c.field(), new String[] {c.old(), c.newValue()}));
        for (Map.Entry<String, String[]> field : fields.entrySet()) {
            String[] recorded = changes.get(field.getKey());
            if (recorded == null || !Objects.equals(recorded[0], field.getValue()[0])
                    || !Objects.equals(recorded[1], field.getValue()[1])) {
                return false;
            }
        }
        for (Map.Entry<String, Boolean> field : hidden.entrySet()) {
            String[] recorded = changes.get(field.getKey());
            boolean oldHidden = field.getValue() ? recorded != null && recorded[0] == null
                    : recorded != null && recorded[0] != null && recorded[0].startsWith(HIDDEN);
            if (!oldHidden || recorded[1] == null || !recorded[1].startsWith(HIDDEN) || recorded[1].equals(recorded[0])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(command + " " + action + " " + entityType + "#"
                + (entityId == null ? "?" : entityId) + " by " + user + " from " + clientAddress);
        fields.forEach((name, values) -> text.append(' ').append(name).append(": ").append(values[0])
                .append(" → ").append(values[1]));
        hidden.keySet().forEach(name -> text.append(' ').append(name).append(": hidden, changed"));
        if (reason != null) {
            text.append(" because ").append(reason);
        }
        return text.toString();
    }

    static String describe(AuditEntry e) {
        return "#" + e.getId() + " " + e.getCommand() + " " + e.getAction() + " " + e.getEntityType() + "#"
                + e.getEntityId() + " by " + e.getUsername() + " from " + e.getClientAddress() + " " + e.getChanges();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
