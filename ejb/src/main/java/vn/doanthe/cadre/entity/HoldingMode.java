package vn.doanthe.cadre.entity;

/** How a post was given. */
public enum HoldingMode {
    /** Bầu: by a congress or a conference of the unit. */
    ELECTED,
    /** Chỉ định: by a decision of the unit above (an elderly branch's head, say). */
    APPOINTED,
    /** Phụ trách, quyền: until someone is elected or appointed. */
    ACTING
}
