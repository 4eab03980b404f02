package vn.doanthe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseAccountTest {

    @TempDir
    Path folder;

    @Test
    void theAccountIsGeneratedOnceAndReadBackAfterwards() throws Exception {
        Path file = folder.resolve("account.properties");
        DatabaseAccount first = DatabaseAccount.keptIn(file);
        DatabaseAccount again = DatabaseAccount.keptIn(file);
        assertEquals(first, again);
        assertTrue(first.password().length() >= 32, first.password());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
        assertEquals("jdbc:mariadb://127.0.0.1:3307/doanthe", first.jdbcUrl(3307));
    }

    @Test
    void namesThatCouldInjectSqlAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DatabaseAccount("doanthe; DROP", "u", "p"));
        assertThrows(IllegalArgumentException.class, () -> new DatabaseAccount("doanthe", "u'--", "p"));
    }
}
