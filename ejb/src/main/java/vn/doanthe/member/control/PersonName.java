package vn.doanthe.member.control;

import java.util.Arrays;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.control.VietnameseText;

/**
 * A Vietnamese full name as written, family name first and given name last ("Nguyễn Thị Thu Hà":
 * family Nguyễn, middle Thị Thu, given Hà). Lists sort by given name, then family and middle.
 */
public record PersonName(String full, String family, String middle, String given) {

    public static PersonName of(String written) {
        String full = VietnameseText.tidy(written);
        if (full == null || full.isEmpty()) {
            throw new IllegalArgumentException("A name has at least one word");
        }
        String[] words = full.split(" ");
        if (words.length == 1) {
            return new PersonName(full, "", "", words[0]);
        }
        String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(full, words[0], middle, words[words.length - 1]);
    }

    /** The folded name, as {@code person.name_key} holds it. */
    public String searchKey() {
        return VietnameseText.fold(full, Person.NAME_KEY_LENGTH);
    }
}
