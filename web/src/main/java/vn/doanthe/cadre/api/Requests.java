package vn.doanthe.cadre.api;

import java.time.LocalDate;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.boundary.Refusals;

/** Values of a request read with every unreadable one refused together, naming its field. */
final class Requests {

    private final Refusals refusals = new Refusals();

    LocalDate date(String value, String field) {
        return refusals.check(() -> Parse.date(value, field));
    }

    <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        return refusals.check(() -> Parse.constant(type, value, field));
    }

    /** Refuses the request when a value could not be read. */
    void read() {
        refusals.throwIfAny();
    }
}
