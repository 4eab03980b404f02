package vn.doanthe.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Derived;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A document in a level's register of directives (sổ văn bản chỉ đạo): a directive, resolution,
 * regulation, plan or guidance, known by its symbol exactly as written ("26-CT/TU"), its issuer,
 * number, date and term. Numbering restarts each term, so a symbol is one document only with its
 * issuer and year.
 */
@Entity
@Table(name = "directive")
public class Directive extends AuditedEntity {

    public static final int SYMBOL_LENGTH = 60;
    public static final int TITLE_KEY_LENGTH = 1500;
    public static final int ISSUER_KEY_LENGTH = 600;

    @Column(nullable = false, length = 60)
    private String symbol;

    @Derived
    @Column(name = "symbol_key", nullable = false, length = 60)
    private String symbolKey;

    @Column(nullable = false, length = 200)
    private String issuer;

    @Derived
    @Column(name = "issuer_key", nullable = false, length = ISSUER_KEY_LENGTH)
    private String issuerKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 12)
    private DirectiveType type;

    @Column(name = "doc_number")
    private Integer number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(length = 30)
    private String term;

    @Column(nullable = false, length = 500)
    private String title;

    @Derived
    @Column(name = "title_key", nullable = false, length = TITLE_KEY_LENGTH)
    private String titleKey;

    @ManyToOne
    @JoinColumn(name = "admin_unit_id")
    private AdminUnit register;

    protected Directive() {
    }

    public Directive(AdminUnit register, String symbol, String issuer, DirectiveType type, Integer number,
                     LocalDate issuedOn, String term, String title) {
        this.register = register;
        describe(symbol, issuer, type, number, issuedOn, term, title);
    }

    /** Its particulars, as first registered or corrected. */
    public void describe(String symbol, String issuer, DirectiveType type, Integer number, LocalDate issuedOn,
                         String term, String title) {
        this.symbol = symbol;
        this.symbolKey = symbolKey(symbol);
        this.issuer = issuer;
        this.issuerKey = VietnameseText.fold(issuer, ISSUER_KEY_LENGTH);
        this.type = type;
        this.number = number;
        this.issuedOn = issuedOn;
        this.term = term;
        this.title = title;
        this.titleKey = VietnameseText.fold(title, TITLE_KEY_LENGTH);
    }

    /**
     * The letters and digits of a symbol, folded and in capitals: "13/HD-ĐCT-TC", "13 hd dct tc" and
     * "13/HĐ–ĐCT–TC" pasted from Word (an en dash) all give "13HDDCTTC".
     */
    public static String symbolKey(String symbol) {
        String key = VietnameseText.fold(symbol).replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT);
        return key.length() > SYMBOL_LENGTH ? key.substring(0, SYMBOL_LENGTH) : key;
    }

    @Override
    public Place territory() {
        return register;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getSymbolKey() {
        return symbolKey;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getIssuerKey() {
        return issuerKey;
    }

    public DirectiveType getType() {
        return type;
    }

    public Integer getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getTerm() {
        return term;
    }

    public String getTitle() {
        return title;
    }

    public AdminUnit getRegister() {
        return register;
    }
}
