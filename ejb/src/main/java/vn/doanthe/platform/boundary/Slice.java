package vn.doanthe.platform.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Rows of an ordered list read by a {@link Seek}, in the list's order, with the cursors of its
 * first and last rows (null when empty) to read the slices before and after it.
 *
 * @param next the cursor to read the rows that follow, or null when none follow or the seek did
 *             not look ahead
 */
public record Slice<T>(List<T> items, String first, String last, String next) implements Serializable {
}
