package vn.doanthe.platform.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an autocomplete offered, in words only ("Chi hội Phụ nữ Bến Giá — Ấp Bến Giá (28810.02)"),
 * and the record each line stands for: the page shows names, the bean gets the id back without
 * any id on screen. Two records with the same words are told apart by a number in brackets.
 */
public final class Suggestions<K extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, K> offered = new LinkedHashMap<>();

    /** The lines to show for these records, remembered with their keys. */
    public <T> List<String> offer(List<T> records, Function<T, String> words, Function<T, K> key) {
        offered.clear();
        List<String> lines = new ArrayList<>();
        for (T record : records) {
            String line = words.apply(record);
            for (int n = 2; offered.containsKey(line); n++) {
                line = words.apply(record) + " [" + n + "]";
            }
            offered.put(line, key.apply(record));
            lines.add(line);
        }
        return lines;
    }

    /** The record a chosen line stands for; null when the text typed is not one offered. */
    public K key(String chosen) {
        return chosen == null ? null : offered.get(chosen);
    }
}
