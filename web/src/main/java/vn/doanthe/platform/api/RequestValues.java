package vn.doanthe.platform.api;

import java.time.LocalDate;
import vn.doanthe.platform.boundary.Refusals;

/** Values of a request read with every unreadable one refused together, naming its field. */
public final class RequestValues {

    private final Refusals refusals = new Refusals();

    public LocalDate date(String value, String field) {
        return refusals.check(() -> Parse.date(value, field));
    }

    public <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        return refusals.check(() -> Parse.constant(type, value, field));
    }

    /** Refuses the request when a value could not be read. */
    public void read() {
        refusals.throwIfAny();
    }
}
