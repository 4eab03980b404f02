package vn.doanthe.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditEntryView;
import vn.doanthe.audit.boundary.AuditExports;
import vn.doanthe.audit.boundary.AuditQuery;
import vn.doanthe.audit.boundary.AuditVocabulary;
import vn.doanthe.audit.boundary.ChainVerification;
import vn.doanthe.audit.boundary.FieldChange;
import vn.doanthe.audit.boundary.RecordState;
import vn.doanthe.audit.boundary.RecordStates;
import vn.doanthe.platform.boundary.ExportFormat;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.PersonalFields;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.PagedModel;

/**
 * The auditor's console: entries found by user, entity, action, territorial unit and days, newest first, each with
 * its changed fields; an entity's timeline one click away, and what it looked like at the end of
 * a day; the entries found as XLSX or CSV; the verification of the hash chain.
 */
@Named
@ViewScoped
public class AuditEntriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Every action the trail records: changes of records, and events (a sign-in, an export, a reveal). */
    public static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAILED",
            "ACCOUNT_LOCKED", "EXPORT", "REVEAL", "SUBJECT_ACCESS", "MERGE", "IMPORT_UPLOADED", "IMPORT_VALID_ONLY",
            "IMPORT_NOTHING", "RECOUNT", "REMIND", "REFERENCE_LOADED", "DEMO_GENERATED");

    @Inject
    AuditEntries entries;

    @Inject
    AuditExports exports;

    @Inject
    RecordStates states;

    @Inject
    AuditVocabulary vocabulary;

    private String user;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private String unit;
    private PagedModel<AuditEntryView> list;
    private ChainVerification verification;
    private LocalDate stateDay;
    private RecordState state;
    /** Entries revealed on this page, by id, and the reasons typed for them. */
    private final Map<Long, List<FieldChange>> revealed = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    /** The codes of the page shown, and of the state shown, in words. */
    private AuditWords words;
    private AuditWords stateWords;
    private List<SelectItem> entityTypes;

    @PostConstruct
    void init() {
        search();
    }

    /** The entry's changes as shown: masked, unless revealed on this page. */
    public List<FieldChange> changes(AuditEntryView entry) {
        return revealed.getOrDefault(entry.id(), entry.changes());
    }

    public String action(AuditEntryView entry) {
        return AuditWords.action(entry.action());
    }

    public String command(AuditEntryView entry) {
        return AuditWords.command(entry.command());
    }

    /** The record the entry is about, in words. */
    public String entity(AuditEntryView entry) {
        return words.entity(entry);
    }

    public String field(AuditEntryView entry, FieldChange change) {
        return AuditWords.field(entry.entityType(), change.field());
    }

    /** A value the entry recorded, in words as it stood on the entry's day; a masked value stays masked. */
    public String value(AuditEntryView entry, FieldChange change, String value) {
        return hidden(value) ? value
                : words.value(entry.entityType(), change.field(), value, AuditVocabulary.day(entry.at()));
    }

    public String stateField(RecordState.FieldValue value) {
        return AuditWords.field(state.entityType(), value.field());
    }

    public String stateValue(RecordState.FieldValue value) {
        return hidden(value.value()) ? value.value()
                : stateWords.value(state.entityType(), value.field(), value.value(), AuditVocabulary.day(state.at()));
    }

    /** The record whose state is shown, in words. */
    public String stateEntity() {
        return stateWords.entity(state.entityType(), state.entityId(), AuditVocabulary.day(state.at()));
    }

    /** The kinds of record the filter offers, by their names in the reader's language. */
    public List<SelectItem> getEntityTypes() {
        if (entityTypes == null) { // once per view: the language changes by a new request
            entityTypes = vocabulary.entityTypes().stream().map(type -> new SelectItem(type, AuditWords.entityType(type)))
                    .sorted(Comparator.comparing(SelectItem::getLabel, Collator.getInstance(Faces.getLocale()))).toList();
        }
        return entityTypes;
    }

    public String actionLabel(String code) {
        return AuditWords.action(code);
    }

    /** Whether the entry holds a value masked as personal data. */
    public boolean masked(AuditEntryView entry) {
        return entry.changes().stream().anyMatch(c -> hidden(c.old()) || hidden(c.newValue()));
    }

    public boolean revealed(AuditEntryView entry) {
        return revealed.containsKey(entry.id());
    }

    /** Shows the entry's personal data for the reason typed; the reveal is itself recorded in the trail. */
    public void reveal(AuditEntryView entry) {
        Feedback.attempt("listForm", () -> revealed.put(entry.id(),
                entries.reveal(entry.id(), reasons.get(entry.id())).changes()));
    }

    private static boolean hidden(String value) {
        return value != null && value.indexOf(PersonalFields.HIDDEN) >= 0;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** A unit code that names no unit in force is refused next to its field, and the list stays as it was. */
    public void search() {
        AuditQuery query = query();
        Feedback.attempt("searchForm", () -> {
            entries.checkUnit(query.unit());
            list = new PagedModel<>(page -> worded(entries.search(query, page)), entry -> Long.toString(entry.id()));
        });
    }

    /** The page's entries, with what they refer to named for {@link #words}. */
    private Page<AuditEntryView> worded(Page<AuditEntryView> page) {
        words = new AuditWords(vocabulary.fields(), vocabulary.names(page.items()));
        return page;
    }

    /** The entries as the filters stand, downloaded as a spreadsheet. */
    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    private void export(ExportFormat format) {
        AuditQuery query = query();
        Locale locale = Faces.getLocale();
        Feedback.attempt("searchForm", () -> {
            entries.requireAuditor();
            Faces.sendFile(AuditExports.fileName(format), true, out -> exports.export(query, format,
                    AuditSheet.header(locale), AuditSheet.name(locale), out));
        });
    }

    private AuditQuery query() {
        return new AuditQuery(entityType, entityId, user, action, from, to, unit);
    }

    /** The whole history of the entry's entity, oldest change at the bottom. */
    public void timeline(AuditEntryView entry) {
        user = null;
        action = null;
        from = null;
        to = null;
        unit = null;
        entityType = entry.entityType();
        entityId = entry.entityId();
        state = null;
        search();
    }

    /** The chosen entity as its entries say it stood at the end of {@link #stateDay} (today when empty). */
    public void showState() {
        state = null;
        LocalDate day = stateDay == null ? VietnamTime.today() : stateDay;
        Feedback.attempt("stateForm", () -> {
            state = states.onDay(entityType, entityId, day);
            stateWords = new AuditWords(vocabulary.fields(), vocabulary.names(state));
        });
    }

    /** Whether the search names one entity, whose state on a day can then be shown. */
    public boolean isEntityChosen() {
        return entityType != null && !entityType.isBlank() && entityId != null && !entityId.isBlank();
    }

    public String day(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VietnamTime.ZONE).format(DAY);
    }

    public void verify() {
        Feedback.attempt("verifyForm", () -> verification = entries.verify());
    }

    /** When, in Vietnam's time (entries store UTC). */
    public String time(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(VietnamTime.ZONE).format(TIME);
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    public PagedModel<AuditEntryView> getList() {
        return list;
    }

    public RecordState getState() {
        return state;
    }

    public LocalDate getStateDay() {
        return stateDay;
    }

    public void setStateDay(LocalDate stateDay) {
        this.stateDay = stateDay;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
