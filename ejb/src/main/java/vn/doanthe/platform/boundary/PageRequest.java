package vn.doanthe.platform.boundary;

/** Which page of a list to fetch: zero-based, at most {@value #MAX_SIZE} rows. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInput("page", "validation.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "validation.page.size", MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
    }

    public int offset() {
        return page * size;
    }
}
