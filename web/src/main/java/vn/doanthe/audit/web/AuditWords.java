package vn.doanthe.audit.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditEntryView;
import vn.doanthe.audit.boundary.AuditVocabulary;
import vn.doanthe.audit.boundary.ReferenceNames;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.RecordedField;
import vn.doanthe.platform.web.Texts;

/**
 * The audit trail's codes in the reader's words: actions, kinds of record, commands and fields by
 * their labels, a value of an enumeration by its label, a reference by the name of what it points
 * to (with its code), days as dd/MM/yyyy and moments in Vietnam's time. A code the bundles do not
 * know is shown as it is, never hidden.
 */
public final class AuditWords implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** Where the console's bundles already name each enumeration's values, by the enumeration. */
    public static final Map<String, String> CHOICES = Map.ofEntries(
            Map.entry("AllowanceKind", "cadre.allowance.kind."), Map.entry("HoldingMode", "cadre.mode."),
            Map.entry("PoliticalTheory", "cadre.politicalTheory."), Map.entry("PostRank", "cadre.rank."),
            Map.entry("ProfessionalLevel", "cadre.professionalLevel."), Map.entry("CampaignForm", "campaign.form."),
            Map.entry("DirectiveType", "directive.type."), Map.entry("SummaryState", "directive.summary.state."),
            Map.entry("BranchGrade", "classification.grade."), Map.entry("Cadence", "meeting.cadence."),
            Map.entry("MeetingType", "meeting.type."), Map.entry("Gender", "member.gender."),
            Map.entry("MemberRole", "member.role."), Map.entry("MembershipStatus", "member.status."),
            Map.entry("RatingLevel", "rating.level."), Map.entry("Transfer$Status", "member.transfers.status."),
            Map.entry("AdminLevel", "territory.level."), Map.entry("AdminUnitType", "territory.type."),
            Map.entry("Succession$Kind", "territory.succession."), Map.entry("CourseMode", "training.mode."),
            Map.entry("Role", "user.role."));

    private static final RecordedField TEXT = new RecordedField(RecordedField.Kind.TEXT, null);

    private final Map<String, Map<String, RecordedField>> fields;
    private final ReferenceNames names;

    AuditWords(Map<String, Map<String, RecordedField>> fields, ReferenceNames names) {
        this.fields = fields;
        this.names = names;
    }

    public static String action(String code) {
        return labelled("audit.action.", code);
    }

    public static String entityType(String code) {
        return labelled("audit.entityType.", code);
    }

    /** The command by its label; a command of the installation's first start or of no user says so. */
    public static String command(String code) {
        return labelled("audit.command.", code);
    }

    /** The field's label, in this kind of record where it means something of its own. */
    public static String field(String entityType, String field) {
        String own = Texts.find("audit.field." + entityType + "." + field);
        return own != null ? own : labelled("audit.field.", field);
    }

    /** The record an entry is about: its kind, and its name where it has one, else its number. */
    public String entity(AuditEntryView entry) {
        return entity(entry.entityType(), entry.entityId(), AuditVocabulary.day(entry.at()));
    }

    /** A record by its kind and id, named as it was on {@code day}. */
    public String entity(String entityType, String entityId, LocalDate day) {
        String kind = entityType(entityType);
        if (entityId == null) {
            return kind;
        }
        String name = names.name(entityType, entityId, day);
        return kind + ": " + (name != null ? name : "#" + entityId);
    }

    /** A recorded value as the reader understands it, as it was on {@code day} (a reference by the name it had). */
    public String value(RecordedField field, String value, LocalDate day) {
        if (value == null) {
            return "";
        }
        if (AuditEntries.ERASED.equals(value)) {
            return Texts.get("audit.erased");
        }
        return switch (field.kind()) {
            case DAY -> day(value);
            case MOMENT -> moment(value);
            case FLAG -> labelled("audit.value.", value);
            case CHOICE -> choice(field.target(), value);
            case CHOICES -> each(value, item -> choice(field.target(), item));
            case REFERENCE -> reference(field.target(), value, day);
            case REFERENCES -> each(value, item -> reference(field.target(), item, day));
            case TEXT -> value;
        };
    }

    /** The value of a field of a kind of record, as {@link #value(RecordedField, String, LocalDate)}. */
    public String value(String entityType, String field, String value, LocalDate day) {
        return value(fields.getOrDefault(entityType, Map.of()).getOrDefault(field, TEXT), value, day);
    }

    private String reference(String type, String id, LocalDate day) {
        String name = names.name(type, id, day);
        return name != null ? name : id;
    }

    private static String choice(String enumeration, String value) {
        String prefix = CHOICES.get(enumeration);
        String label = prefix == null ? null : Texts.find(prefix + value);
        return label != null ? label : value;
    }

    private static String each(String value, UnaryOperator<String> word) {
        return AuditVocabulary.items(value).map(word).collect(Collectors.joining(", "));
    }

    private static String day(String value) {
        try {
            return LocalDate.parse(value).format(DAY);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String moment(String utc) {
        try {
            return VietnamTime.of(LocalDateTime.parse(utc)).format(TIME);
        } catch (DateTimeParseException e) {
            return utc;
        }
    }

    private static String labelled(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String label = Texts.find(prefix + code);
        return label != null ? label : code;
    }
}
