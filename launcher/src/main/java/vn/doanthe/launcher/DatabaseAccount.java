package vn.doanthe.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/** The database name and the account the application uses on the embedded server. */
public record DatabaseAccount(String database, String user, String password) {

    public DatabaseAccount {
        if (!database.matches("[A-Za-z0-9_]+") || !user.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Database and user names are letters, digits and _ only");
        }
    }

    public String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /**
     * The account kept in {@code file}: generated with a random password on the first start, read
     * back on every later one, and readable by the owner only.
     */
    public static DatabaseAccount keptIn(Path file) {
        try {
            if (Files.exists(file)) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                return new DatabaseAccount(p.getProperty("database"), p.getProperty("user"), p.getProperty("password"));
            }
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            DatabaseAccount account = new DatabaseAccount("doanthe", "doanthe",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties p = new Properties();
            p.setProperty("database", account.database());
            p.setProperty("user", account.user());
            p.setProperty("password", account.password());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "Account of the embedded MariaDB; generated at the first start");
            }
            return account;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
