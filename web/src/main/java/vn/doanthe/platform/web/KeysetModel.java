package vn.doanthe.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.Seek;
import vn.doanthe.platform.boundary.Slice;

/**
 * A lazy data table over a list read by keyset: the next page is read after the last row shown,
 * the previous one before the first row shown, the first and the last page from either end of the
 * list, so paging costs the same at any depth; only a jump to an arbitrary page reads at an
 * offset. The total is counted once, when the model is made (a model per filter), not per page.
 * No page reads more rows than it shows.
 */
public class KeysetModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The boundary's list for one filter; serializable because view-scoped beans may be. */
    public interface Source<T> extends Serializable {

        long count();

        Slice<T> slice(Seek seek);
    }

    /** Told of each page shown (its first row and size), to remember it; serializable as the model is. */
    public interface PageShown extends Serializable {

        void shown(int first, int size);
    }

    private final Source<T> source;
    private final PagedModel.Key<T> key;
    private PageShown pageShown = (first, size) -> { };
    private Long total;
    private int shownFirst = -1;
    private int shownSize;
    private String firstShown;
    private String lastShown;

    public KeysetModel(Source<T> source, PagedModel.Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        if (total == null) {
            total = source.count();
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        int rows = count(filters);
        Seek seek;
        if (first <= 0) {
            seek = Seek.first(size);
        } else if (size == shownSize && first == shownFirst + size && lastShown != null) {
            seek = Seek.after(lastShown, size);
        } else if (size == shownSize && first == shownFirst - size && firstShown != null) {
            seek = Seek.before(firstShown, size);
        } else if (first < rows && first + size >= rows) {
            seek = Seek.last(rows - first);
        } else {
            seek = Seek.at(first, size);
        }
        Slice<T> slice = source.slice(seek);
        shownFirst = first;
        shownSize = size;
        firstShown = slice.first();
        lastShown = slice.last();
        pageShown.shown(first, size);
        return slice.items();
    }

    /** Tells {@code listener} of each page shown from now on. */
    public KeysetModel<T> onPage(PageShown listener) {
        this.pageShown = listener;
        return this;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
