package vn.doanthe.platform.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the whole list has. */
public record Page<T>(List<T> items, long total) implements Serializable {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
