package vn.doanthe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void theBufferPoolIsTheQuickStartsUnlessASizeIsGiven() {
        assertEquals("256M", EmbeddedDatabase.bufferPool(null));
        assertEquals("256M", EmbeddedDatabase.bufferPool(" "));
        assertEquals("2G", EmbeddedDatabase.bufferPool(" 2g "));
        assertEquals("512M", EmbeddedDatabase.bufferPool("512M"));
    }

    @Test
    void aSettingThatIsNotASizeIsRefusedBeforeItReachesTheServersArguments() {
        assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabase.bufferPool("2G --skip-grant-tables"));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabase.bufferPool("2 GB"));
        assertThrows(IllegalArgumentException.class, () -> EmbeddedDatabase.bufferPool("0M"));
    }
}
