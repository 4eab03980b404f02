package vn.doanthe.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.doanthe.platform.control.VietnameseText;

/**
 * One word of a person's folded name (tones and marks removed, đ → d) with the hamlet they live
 * in: the rows search starts from ({@code person_word}, primary key word, hamlet, person), so a
 * name is found by any of its words in any order without scanning every name.
 */
@Embeddable
public class PersonWord {

    /** The width of {@code word}: that of {@code person.name_key}, so no word of a name key is ever cut. */
    static final int WORD_LENGTH = Person.NAME_KEY_LENGTH;

    @Column(name = "word", nullable = false, length = WORD_LENGTH)
    private String word;

    @Column(name = "hamlet_id", nullable = false)
    private Long hamletId;

    protected PersonWord() {
    }

    PersonWord(String word, Long hamletId) {
        this.word = word;
        this.hamletId = hamletId;
    }

    /** The distinct words of a folded name ({@code name_key}), each with the hamlet. */
    static List<PersonWord> of(String nameKey, Long hamletId) {
        // Each word cut to the column, as its key was, so that no write fails on a length; made
        // distinct only then, since two words cut alike are one row of the primary key.
        return Arrays.stream(nameKey.split(" ")).filter(w -> !w.isEmpty())
                .map(w -> VietnameseText.fold(w, WORD_LENGTH)).collect(Collectors.toCollection(LinkedHashSet::new))
                .stream().map(w -> new PersonWord(w, hamletId)).toList();
    }

    public String getWord() {
        return word;
    }

    public Long getHamletId() {
        return hamletId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonWord that && Objects.equals(word, that.word) && Objects.equals(hamletId, that.hamletId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, hamletId);
    }
}
