package vn.doanthe.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.security.boundary.ApiTokens;
import vn.doanthe.security.boundary.TokenView;

/**
 * The user's own API tokens (account/tokens.xhtml): the list, a new token whose secret is shown
 * once to be copied, and revoking one.
 */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    private List<TokenView> list;
    private String name;
    private LocalDate expiresOn;
    /** The secret of the token just created, shown until the page is left; never kept anywhere else. */
    private String secret;

    @PostConstruct
    void load() {
        list = tokens.list(null);
        expiresOn = VietnamTime.today().plusDays(90);
    }

    public void create() {
        if (Feedback.attempt("tokenForm", () -> {
            TokenView created = tokens.create(null, name, expiresOn);
            secret = created.token();
            Feedback.info("account.tokens.created", created.name());
        })) {
            name = null;
            list = tokens.list(null);
        }
    }

    public void revoke(long id) {
        if (Feedback.attempt("tokensForm", () -> Feedback.info("account.tokens.revoked", tokens.revoke(null, id).name()))) {
            list = tokens.list(null);
        }
    }

    public List<TokenView> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getSecret() {
        return secret;
    }
}
