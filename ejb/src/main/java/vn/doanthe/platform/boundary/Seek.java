package vn.doanthe.platform.boundary;

import java.io.Serializable;

/**
 * Which rows of an ordered list to read (keyset paging): the first or the last {@code size}
 * rows, the rows right after or right before a row named by its cursor, or, only for a jump to an
 * arbitrary page, the rows at an offset. Reading after or before a row costs the same at any
 * depth; an offset costs what the rows skipped cost.
 *
 * @param lookAhead also find out whether rows follow the slice (one more row is read, not shown);
 *                  reading forwards only
 */
public record Seek(Mode mode, String cursor, int offset, int size, boolean lookAhead) implements Serializable {

    public enum Mode { FIRST, AFTER, BEFORE, LAST, OFFSET }

    public Seek {
        if (offset < 0) {
            throw new InvalidInput("page", "validation.page.negative");
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidInput("size", "validation.page.size", PageRequest.MAX_SIZE);
        }
        if ((mode == Mode.AFTER || mode == Mode.BEFORE) && (cursor == null || cursor.isBlank())) {
            throw new InvalidInput("after", "validation.page.cursor");
        }
        lookAhead = lookAhead && mode != Mode.BEFORE && mode != Mode.LAST; // what follows is known there
    }

    public static Seek first(int size) {
        return new Seek(Mode.FIRST, null, 0, size, false);
    }

    public static Seek after(String cursor, int size) {
        return new Seek(Mode.AFTER, cursor, 0, size, false);
    }

    public static Seek before(String cursor, int size) {
        return new Seek(Mode.BEFORE, cursor, 0, size, false);
    }

    /** The last {@code size} rows of the list. */
    public static Seek last(int size) {
        return new Seek(Mode.LAST, null, 0, size, false);
    }

    public static Seek at(int offset, int size) {
        return new Seek(Mode.OFFSET, null, offset, size, false);
    }

    /** The same slice, telling whether rows follow it ({@link Slice#next()}). */
    public Seek lookingAhead() {
        return new Seek(mode, cursor, offset, size, true);
    }

    /** The slice is read from the end of the list towards its start, then turned round. */
    public boolean backwards() {
        return mode == Mode.BEFORE || mode == Mode.LAST;
    }
}
