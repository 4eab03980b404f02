package vn.doanthe.cadre.control;

import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.control.Where;

/**
 * The cadre feature's scope policy: a holding is in scope when the unit it is held in is; so a
 * commune's Women's Union officer sees the posts of her commune's Women's Union units, and a
 * cadre holding posts in several organisations shows only the posts she may see.
 */
public final class HoldingScope {

    private HoldingScope() {
    }

    /** JPQL: the holding {@code holding} (an identification variable) is in scope. */
    public static Where holding(Scope scope, String holding) {
        return scope.unit(holding + ".unit");
    }
}
