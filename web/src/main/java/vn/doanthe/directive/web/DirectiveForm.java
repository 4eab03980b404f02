package vn.doanthe.directive.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.directive.boundary.DirectiveView;
import vn.doanthe.directive.boundary.NewDirective;
import vn.doanthe.directive.entity.DirectiveType;

/** A document's particulars as the register's form and its correction's hold them (WEB-INF/includes/directive-fields.xhtml). */
public class DirectiveForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String symbol;
    private String issuer;
    private DirectiveType type = DirectiveType.DIRECTIVE;
    private Integer number;
    private LocalDate issuedOn;
    private String term;
    private String title;

    /** The form filled with a document's particulars, to correct them. */
    static DirectiveForm of(DirectiveView d) {
        DirectiveForm form = new DirectiveForm();
        form.symbol = d.symbol();
        form.issuer = d.issuer();
        form.type = d.type();
        form.number = d.number();
        form.issuedOn = d.issuedOn();
        form.term = d.term();
        form.title = d.title();
        return form;
    }

    /** What was typed, for the caller's own register. */
    NewDirective request() {
        return new NewDirective(symbol, issuer, type, number, issuedOn, term, title, null);
    }

    public DirectiveType[] getTypes() {
        return DirectiveType.values();
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public DirectiveType getType() {
        return type;
    }

    public void setType(DirectiveType type) {
        this.type = type;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
