package vn.doanthe.security.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import vn.doanthe.platform.access.Caller;

/**
 * The caller as found once in a request: the interceptors and every boundary a request passes ask
 * who is calling, and each answer would otherwise read the account and its roles and scope again.
 */
@RequestScoped
public class RequestCaller {

    private String name;
    private Caller caller;

    Optional<Caller> of(String principalName) {
        return principalName.equals(name) ? Optional.of(caller) : Optional.empty();
    }

    void remember(String principalName, Caller found) {
        this.name = principalName;
        this.caller = found;
    }
}
