package vn.doanthe.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doanthe.directive.control.AttachmentStore;
import vn.doanthe.directive.control.DirectiveFinder;
import vn.doanthe.directive.entity.Directive;
import vn.doanthe.directive.entity.DirectiveAttachment;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.DocumentKind;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.Sha256;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The register of directives (sổ văn bản chỉ đạo): documents registered by a level with their
 * symbol exactly as written, found by symbol or by title words typed without diacritics, and
 * their files, checked by content.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Directives {

    /** The largest file kept: a scanned resolution of forty pages. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** The leading number of a symbol: "26" of "26-CT/TU", "13" of "13/HD-ĐCT-TC". */
    private static final Pattern NUMBER = Pattern.compile("^\\s*0*(\\d{1,6})(?!\\d)");

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    PlaceInScope places;

    @Inject
    DirectiveFinder found;

    @Inject
    AttachmentStore files;

    /**
     * The documents the caller reads, latest first; {@code q}: words of the symbol or the title,
     * with or without diacritics ("26-CT", "26 ct tu", "phong chong thien tai").
     */
    public Page<DirectiveView> list(String q, PageRequest page) {
        Where seen = DirectiveFinder.visible(scopes.current(), "r");
        String words = VietnameseText.fold(TextCheck.text("q", q, 200));
        if (!words.isEmpty()) {
            String symbol = Directive.symbolKey(words);
            Where titled = Where.always();
            int i = 0;
            for (String word : words.split(" ")) {
                titled = titled.and("d.titleKey like :word" + i, "word" + i, "%" + LikePattern.escape(word) + "%");
                i++;
            }
            seen = seen.and(symbol.isEmpty() ? titled : Where.of("d.symbolKey like :symbol",
                    Map.of("symbol", "%" + symbol + "%")).or(titled));
        }
        String from = " from Directive d left join d.register r where ";
        long total = seen.bind(em.createQuery("select count(d)" + from + seen.jpql(), Long.class)).getSingleResult();
        List<DirectiveView> items = seen.bind(em.createQuery("select d" + from + seen.jpql()
                        + " order by d.issuedOn desc, d.id desc", Directive.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(DirectiveView::of).toList();
        return new Page<>(items, total);
    }

    public DirectiveView find(Long id) {
        return DirectiveView.of(found.seen(scopes.current(), id));
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public DirectiveView register(@NotNull NewDirective request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        AdminUnit register = refusals.check(() -> register(scope, request.unit()));
        Directive directive = checked(refusals, request, null, register);
        em.persist(directive);
        em.flush(); // the view carries the id the database assigns
        return DirectiveView.of(directive);
    }

    /** Corrects the particulars of a document (a symbol or a title mistyped); {@code version}: as read. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public DirectiveView correct(@NotNull Long id, @NotNull NewDirective request, int version) {
        Directive directive = found.written(scopes.current(), id);
        if (directive.getVersion() != version) {
            throw new Conflict("version", "error.conflict.stale");
        }
        Directive corrected = checked(new Refusals(), request, directive, directive.getRegister());
        directive.describe(corrected.getSymbol(), corrected.getIssuer(), corrected.getType(), corrected.getNumber(),
                corrected.getIssuedOn(), corrected.getTerm(), corrected.getTitle());
        return DirectiveView.of(directive);
    }

    public List<AttachmentView> attachments(Long directiveId) {
        Directive directive = found.seen(scopes.current(), directiveId);
        return em.createQuery("select a from DirectiveAttachment a where a.directive = :d order by a.id",
                DirectiveAttachment.class).setParameter("d", directive).getResultStream().map(AttachmentView::of).toList();
    }

    /**
     * Keeps a file of the document: a PDF, Word (DOCX) or OpenDocument text, or a PNG or JPEG image,
     * as its content shows, of 20 MB at most. Its name is kept as uploaded, tidied.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public AttachmentView attach(@NotNull Long directiveId, String fileName, @NotNull byte[] content) {
        Directive directive = found.written(scopes.current(), directiveId);
        if (content.length == 0) {
            throw new InvalidInput("file", "directive.error.emptyFile");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidInput("file", "directive.error.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        DocumentKind kind = DocumentKind.of(content);
        if (kind == null) {
            throw new InvalidInput("file", "directive.error.fileType");
        }
        DirectiveAttachment attachment = new DirectiveAttachment(directive, storedName(fileName, kind), kind.mediaType(),
                content.length, Sha256.hex(content));
        em.persist(attachment);
        em.flush(); // the parts refer to the id the database assigns
        files.write(attachment.getId(), content);
        return AttachmentView.of(attachment);
    }

    public AttachmentView attachment(Long directiveId, Long attachmentId) {
        Directive directive = found.seen(scopes.current(), directiveId);
        DirectiveAttachment attachment = attachmentId == null ? null : em.find(DirectiveAttachment.class, attachmentId);
        if (attachment == null || !attachment.getDirective().equals(directive)) {
            throw new RecordNotFound("attachmentId", "directive.error.attachmentNotFound", attachmentId);
        }
        return AttachmentView.of(attachment);
    }

    /** Writes the file's bytes to {@code out}, a part at a time. */
    public void content(Long directiveId, Long attachmentId, OutputStream out) {
        files.read(attachment(directiveId, attachmentId).id(), out);
    }

    private AdminUnit register(Scope scope, String unit) {
        if (unit != null && !unit.isBlank()) {
            return places.place(scope, unit, VietnamTime.today());
        }
        Long own = callers.current().scopeUnitId();
        return own == null ? null : em.find(AdminUnit.class, own);
    }

    /** The document the request describes, every mistake refused at once; a symbol the register holds: 409. */
    private Directive checked(Refusals refusals, NewDirective request, Directive self, AdminUnit register) {
        String symbol = refusals.check(() -> TextCheck.name("symbol", request.symbol(), Directive.SYMBOL_LENGTH));
        if (symbol != null && Directive.symbolKey(symbol).isEmpty()) {
            refusals.refuse("symbol", "directive.error.symbolWithoutCharacters");
        }
        String issuer = refusals.check(() -> TextCheck.name("issuer", request.issuer(), 200));
        refusals.required("type", request.type());
        refusals.required("issuedOn", request.issuedOn());
        if (request.issuedOn() != null && request.issuedOn().isAfter(VietnamTime.today())) {
            refusals.refuse("issuedOn", "directive.error.issuedInFuture");
        }
        String term = refusals.check(() -> TextCheck.text("term", request.term(), 30));
        String title = refusals.check(() -> TextCheck.name("title", request.title(), 500));
        Integer number = request.number() != null ? request.number() : symbol == null ? null : number(symbol);
        if (number != null && number < 1) {
            refusals.refuse("number", "validation.between", 1, 999_999);
        }
        refusals.throwIfAny();
        Directive directive = new Directive(register, symbol, issuer, request.type(), number, request.issuedOn(),
                term == null || term.isEmpty() ? null : term, title);
        Where sameRegister = register == null ? Where.of("d.register is null", Map.of())
                : Where.of("d.register = :register", Map.of("register", register));
        List<Directive> same = sameRegister.bind(em.createQuery("select d from Directive d where d.symbolKey = :symbol"
                        + " and d.issuerKey = :issuer and " + sameRegister.jpql(), Directive.class))
                .setParameter("symbol", directive.getSymbolKey()).setParameter("issuer", directive.getIssuerKey())
                .getResultStream()
                .filter(d -> d.getIssuedOn().getYear() == request.issuedOn().getYear() && !d.equals(self)).toList();
        if (!same.isEmpty()) {
            throw new Conflict("symbol", "directive.error.duplicate", same.get(0).getSymbol(), same.get(0).getIssuer(),
                    same.get(0).getIssuedOn().getYear());
        }
        return directive;
    }

    private static Integer number(String symbol) {
        Matcher leading = NUMBER.matcher(symbol);
        return leading.find() ? Integer.valueOf(leading.group(1)) : null;
    }

    /** The name to keep: as uploaded, tidied, without folders; one made up from the kind when none is usable. */
    private static String storedName(String fileName, DocumentKind kind) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String tidy = TextCheck.storable(VietnameseText.tidy(name));
        if (tidy == null || tidy.isBlank() || tidy.chars().allMatch(c -> c == '.')) {
            return "van-ban." + kind.extension();
        }
        return tidy.length() > 255 ? tidy.substring(tidy.length() - 255) : tidy;
    }
}
