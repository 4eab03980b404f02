package vn.doanthe.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** Shares (0.8333) as the pages write them: a percentage with one decimal in the reader's language (83,3 %), or a dash. */
@Named
@ApplicationScoped
public class Shares {

    public String percent(BigDecimal share) {
        return share == null ? "—" : String.format(ChosenLanguage.current(), "%.1f %%", share.multiply(BigDecimal.valueOf(100)));
    }
}
