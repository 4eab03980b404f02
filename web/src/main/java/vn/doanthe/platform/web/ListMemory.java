package vn.doanthe.platform.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search each list of the console was left with, and the page it showed, for the user's
 * session: "back to the list" from a record (or the menu, or the browser's back button) finds the
 * list as it was left, not empty.
 */
@SessionScoped
public class ListMemory implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A list's search, and the first row and the number of rows of the page shown. */
    public record Kept<S extends Serializable>(S search, int first, int rows) implements Serializable {
    }

    private final Map<String, Kept<?>> kept = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <S extends Serializable> Optional<Kept<S>> recall(String list) {
        return Optional.ofNullable((Kept<S>) kept.get(list));
    }

    /** A new search: its list starts on its first page. */
    public <S extends Serializable> void search(String list, S search, int rows) {
        kept.put(list, new Kept<>(search, 0, rows));
    }

    /** The list shows another page. */
    public void page(String list, int first, int rows) {
        kept.computeIfPresent(list, (name, k) -> new Kept<>(k.search(), first, rows));
    }
}
