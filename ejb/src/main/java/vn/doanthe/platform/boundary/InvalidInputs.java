package vn.doanthe.platform.boundary;

import java.util.List;

/** Several mistakes of one command (see {@link Refusals}): HTTP 400 naming each field, or a message beside each. */
public class InvalidInputs extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final transient List<InvalidInput> refusals;

    InvalidInputs(List<InvalidInput> refusals) {
        super(refusals.get(0).field(), refusals.get(0).messageKey(), refusals.get(0).arguments());
        this.refusals = List.copyOf(refusals);
    }

    @Override
    public List<InvalidInput> each() {
        return refusals == null ? List.of(this) : refusals;
    }
}
