package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.directive.entity.Directive;
import vn.doanthe.directive.entity.DirectiveType;
import vn.doanthe.territory.entity.AdminUnit;

/** A document of a register; {@code unit} and {@code unitName}: the level whose register holds it (null: the whole installation's). */
public record DirectiveView(Long id, String symbol, String issuer, DirectiveType type, Integer number,
                            LocalDate issuedOn, String term, String title, String unit, String unitName,
                            int version) implements Serializable {

    public static DirectiveView of(Directive d) {
        AdminUnit register = d.getRegister();
        return new DirectiveView(d.getId(), d.getSymbol(), d.getIssuer(), d.getType(), d.getNumber(), d.getIssuedOn(),
                d.getTerm(), d.getTitle(), register == null ? null : register.getCode(),
                register == null ? null : register.getName(), d.getVersion());
    }
}
