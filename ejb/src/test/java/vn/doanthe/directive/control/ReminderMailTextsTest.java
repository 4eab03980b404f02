package vn.doanthe.directive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.doanthe.directive.entity.MissingStep;
import vn.doanthe.directive.entity.ReminderKind;

/** The reminder letter speaks both languages alike: the same keys, every kind and missing step named. */
class ReminderMailTextsTest {

    private static final String BUNDLE = "vn.doanthe.directive.control.ReminderMail";

    @Test
    void vietnameseAndEnglishHaveTheSameTexts() {
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("en"));
        assertEquals(new TreeSet<>(vi.keySet()), new TreeSet<>(en.keySet()));
        for (ResourceBundle texts : new ResourceBundle[] {vi, en}) {
            for (ReminderKind kind : ReminderKind.values()) {
                assertTrue(texts.containsKey("kind." + kind.name()), kind.name());
            }
            for (MissingStep step : MissingStep.values()) {
                assertTrue(texts.containsKey("missing." + step.name()), step.name());
            }
            String line = MessageFormat.format(texts.getString("line"), "a", "b", "c", "d", "e", "f", "g");
            assertTrue(line.contains("g") && !line.contains("{"), line);
        }
        assertEquals("Kính gửi đồng chí Lan,", MessageFormat.format(vi.getString("greeting"), "Lan"));
    }
}
