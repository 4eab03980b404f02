package vn.doanthe.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.doanthe.platform.control.BatchInsert;

/**
 * The persons' keys that seal their personal values in the audit trail ({@code data_subject_key},
 * apart from the trail): one live key a person, made at the first entry that needs it; destroyed
 * when the person is anonymised, after which the next entry about them gets a new one. Plain JDBC
 * on the command's connection, in the command's transaction.
 */
@ApplicationScoped
public class SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person's key: its id, named in each value it seals, and its 256 bits (null once destroyed). */
    public record Key(long id, byte[] bytes) {
    }

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    /** The live key of each person, made for those who have none yet (one statement for all of them). */
    Map<Long, Key> liveKeys(Connection connection, Collection<Long> persons) throws SQLException {
        Map<Long, Key> keys = new HashMap<>();
        if (persons.isEmpty()) {
            return keys;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT person_id, id, key_bytes FROM data_subject_key"
                + " WHERE key_bytes IS NOT NULL AND person_id IN (" + numbers(persons) + ")");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.putIfAbsent(rows.getLong(1), new Key(rows.getLong(2), rows.getBytes(3)));
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        try (BatchInsert insert = new BatchInsert(connection,
                "INSERT INTO data_subject_key (id, person_id, owner_id, key_bytes, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Long person : persons) {
                if (!keys.containsKey(person)) {
                    byte[] bytes = new byte[32];
                    RANDOM.nextBytes(bytes);
                    Key key = new Key(RANDOM.nextLong() & Long.MAX_VALUE, bytes);
                    insert.add(key.id(), person, person, bytes, now);
                    keys.put(person, key);
                }
            }
        }
        return keys;
    }

    /** The keys with these ids, destroyed ones with null bytes. */
    public Map<Long, byte[]> byIds(Collection<Long> ids) {
        Map<Long, byte[]> keys = new HashMap<>();
        if (ids.isEmpty()) {
            return keys;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, key_bytes FROM data_subject_key WHERE id IN (" + numbers(ids) + ")");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.put(rows.getLong(1), rows.getBytes(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the data subjects' keys failed", e);
        }
        return keys;
    }

    /**
     * Destroys every key the person owns (their own, and those of records merged into theirs): what
     * the audit trail recorded about them can no longer be read. Part of the anonymisation's command.
     */
    public int destroyOwnedBy(long person) {
        return update("UPDATE data_subject_key SET key_bytes = NULL, destroyed_at = UTC_TIMESTAMP(3)"
                + " WHERE owner_id = ? AND key_bytes IS NOT NULL", person, null);
    }

    /** A record merged into another: its keys are then destroyed with the person it went into. */
    public void transfer(long fromPerson, long toPerson) {
        update("UPDATE data_subject_key SET owner_id = ? WHERE owner_id = ?", toPerson, fromPerson);
    }

    private int update(String sql, long first, Long second) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, first);
            if (second != null) {
                statement.setLong(2, second);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Changing the data subjects' keys failed", e);
        }
    }

    /** Numbers the database gave (ids), written into the statement. */
    private static String numbers(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
