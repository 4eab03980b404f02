package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.directive.entity.DirectiveType;

/**
 * A document to register, or its corrected particulars. {@code unit}: the territorial unit code of
 * the level whose register holds it (the caller's own when not given); {@code number}: the number
 * of its symbol, read from the symbol's leading digits when not given.
 */
public record NewDirective(String symbol, String issuer, DirectiveType type, Integer number, LocalDate issuedOn,
                           String term, String title, String unit) implements Serializable {
}
