package vn.doanthe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void theQuickStartAsksForTheDemoProvince() {
        assertEquals(Map.of("DOANTHE_DEMO", "true"), QuickStart.microDefaults(Map.of()));
        assertEquals(Map.of("DOANTHE_DEMO", "true"), QuickStart.microDefaults(Map.of("DOANTHE_DEMO", " ")));
    }

    @Test
    void unlessTheUserChose() {
        assertEquals(Map.of(), QuickStart.microDefaults(Map.of("DOANTHE_DEMO", "false")));
        assertEquals(Map.of(), QuickStart.microDefaults(Map.of("DOANTHE_DEMO", "true")));
        assertEquals(Map.of(), QuickStart.microDefaults(Map.of("doanthe.demo", "false")));
        assertEquals(Map.of(), QuickStart.microDefaults(Map.of("doanthe_demo", "false")));
    }
}
