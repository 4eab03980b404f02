package vn.doanthe.security.control;

import java.util.HashMap;
import java.util.Map;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.control.Where;

/** The security feature's scope policy: which user accounts lie within a scope. */
public final class AccountScope {

    private AccountScope() {
    }

    /**
     * JPQL: the user account {@code account} (an identification variable) lies within the scope:
     * its territorial unit is in it and it serves only organisations served here. An account
     * without a unit (the whole installation) or without organisations (all of them) lies within
     * only a scope as wide.
     */
    public static Where account(Scope scope, String account) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (scope.hasPlace()) {
            Where place = scope.place("sa");
            jpql.append(" and exists (select sa.id from AdminUnit sa where sa.id = ").append(account)
                    .append(".scopeUnitId and ").append(place.jpql()).append(")");
            parameters.putAll(place.parameters());
        }
        if (!scope.organisationIds().isEmpty()) {
            jpql.append(" and exists (select so from UserAccount su join su.organisationIds so where su = ")
                    .append(account).append(") and not exists (select sx from UserAccount sy join sy.organisationIds sx")
                    .append(" where sy = ").append(account).append(" and sx not in :scopeOrganisations)");
            parameters.put("scopeOrganisations", scope.organisationIds());
        }
        return Where.of("(" + jpql + ")", parameters);
    }
}
