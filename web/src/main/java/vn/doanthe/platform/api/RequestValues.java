package vn.doanthe.platform.api;

import java.time.LocalDate;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.InvalidInput;
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

    /**
     * Refuses the request when a value could not be read, together with what {@code rules} — a
     * check of the command's input that writes nothing — find wrong in the rest, so that one answer
     * names every mistake. When every value was read, the command checks its input itself.
     */
    public void read(Runnable rules) {
        if (refusals.isEmpty()) {
            return;
        }
        try {
            rules.run();
        } catch (InvalidInput mistakes) {
            mistakes.each().stream().filter(m -> m.field() == null || !refusals.has(m.field())).forEach(refusals::add);
        } catch (DomainException other) {
            // A conflict or a record not found is said once the request can be read.
        }
        refusals.throwIfAny();
    }
}
