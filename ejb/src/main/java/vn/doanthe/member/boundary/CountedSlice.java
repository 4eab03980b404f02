package vn.doanthe.member.boundary;

import java.io.Serializable;
import vn.doanthe.platform.boundary.Slice;

/** A slice of a list and how many rows the whole list has, read together (a new search's first page). */
public record CountedSlice<T>(Slice<T> slice, long total) implements Serializable {
}
