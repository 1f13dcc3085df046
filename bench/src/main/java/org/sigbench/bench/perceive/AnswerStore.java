package org.sigbench.bench.perceive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers of a test in SQLite ({@code answers.db} in the test folder), in WAL mode with full
 * synchronisation: each answer is one transaction (participant row if new, then the answer), so a
 * server killed at any moment keeps every answer it acknowledged. One connection, used by one
 * thread at a time.
 */
public final class AnswerStore implements AutoCloseable {
    /** Outcome of {@link #record}. */
    public enum Outcome { STORED, DUPLICATE }

    private final Connection db;

    private AnswerStore(Connection db) {
        this.db = db;
    }

    /** Opens (creating if needed) the database at {@code file}. */
    public static AnswerStore open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS participants (id TEXT PRIMARY KEY, first_seen_ms INTEGER NOT NULL, "
                        + "user_agent TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS answers (participant TEXT NOT NULL REFERENCES participants(id), "
                        + "trial TEXT NOT NULL, judged_real INTEGER NOT NULL CHECK (judged_real IN (0, 1)), "
                        + "confidence INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 3), response_ms INTEGER NOT NULL, "
                        + "answered_at_ms INTEGER NOT NULL, user_agent TEXT NOT NULL, PRIMARY KEY (participant, trial))");
            }
            c.setAutoCommit(false);
            c.commit();
            return new AnswerStore(c);
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + ": cannot open the answer database (is the folder writable, the file a SQLite database?)");
        }
    }

    /** Stores one answer in its own transaction; a second answer to the same trial is refused. */
    public synchronized Outcome record(Answer a) {
        try {
            try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO participants VALUES (?, ?, ?)")) {
                p.setString(1, a.participant());
                p.setLong(2, a.answeredAt());
                p.setString(3, a.userAgent());
                p.executeUpdate();
            }
            int n;
            try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, a.participant());
                p.setString(2, a.trial());
                p.setInt(3, a.judgedReal() ? 1 : 0);
                p.setInt(4, a.confidence());
                p.setLong(5, a.responseMs());
                p.setLong(6, a.answeredAt());
                p.setString(7, a.userAgent());
                n = p.executeUpdate();
            }
            db.commit();
            return n == 1 ? Outcome.STORED : Outcome.DUPLICATE;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot store the answer: " + e.getMessage(), e);
        }
    }

    /** Trial ids the participant has answered. */
    public synchronized Set<String> answered(String participant) {
        Set<String> out = new HashSet<>();
        try (PreparedStatement p = db.prepareStatement("SELECT trial FROM answers WHERE participant = ?")) {
            p.setString(1, participant);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot read answers: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every answer, in the order they were stored. */
    public synchronized List<Answer> all() {
        List<Answer> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT participant, trial, judged_real, "
                + "confidence, response_ms, answered_at_ms, user_agent FROM answers ORDER BY rowid")) {
            while (r.next()) {
                out.add(new Answer(r.getString(1), r.getString(2), r.getInt(3) == 1, r.getInt(4), r.getLong(5), r.getLong(6),
                        r.getString(7)));
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot read answers: " + e.getMessage(), e);
        }
        return out;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the caller reports the first error
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to save
        }
    }
}
