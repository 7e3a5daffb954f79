package org.firstsession.shared.persistence;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.transaction.xa.XAException;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;

import org.hibernate.JDBCException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database outage from a bug. A lost database shows up in many shapes: a refused connection
 * (SQLState class 08), an administrator's shutdown (57P), a pool with no connection to give, and — in the
 * seconds around the cut — commit, rollback and closed-handle failures that carry no SQLState at all. The
 * first kinds are certain and are remembered here; any other data-access failure within {@link #WINDOW} of
 * one is counted as part of the same outage, so clients get 503 (retry) instead of 500 (our bug).
 */
public final class DatabaseOutage {

    /** How long after a certain sign of an outage other data-access failures are attributed to it. */
    public static final Duration WINDOW = Duration.ofSeconds(30);

    private static final long NEVER = Long.MIN_VALUE;
    private static final AtomicLong lastSeen = new AtomicLong(NEVER);

    private DatabaseOutage() {
    }

    /** Notes that the database was just found unreachable (callers that catch such failures themselves). */
    public static void seen() {
        lastSeen.set(System.nanoTime());
    }

    /** Whether the failure belongs to an outage of the database; remembers certain ones. */
    public static boolean explains(Throwable e) {
        if (isCertain(e)) {
            seen();
            return true;
        }
        long last = lastSeen.get();
        return last != NEVER && System.nanoTime() - last < WINDOW.toNanos() && isDataAccess(e);
    }

    /**
     * A connection the database closed or could not give (SQLState class 08 "connection exception", 57P
     * "operator intervention", e.g. pg_terminate_backend or a server shutdown), or none free in the pool
     * in time.
     */
    static boolean isCertain(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // Every pooled connection stayed busy past the acquisition timeout (overload; the benchmark at
            // 100,000 profiles found these as 500s): the client may retry, like an outage.
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** A failure of the data layer itself (JDBC, transaction manager, the socket to the database). */
    static boolean isDataAccess(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SQLException || t instanceof JDBCException || t instanceof TransactionException
                    || t instanceof RollbackException || t instanceof SystemException
                    || t instanceof HeuristicMixedException || t instanceof HeuristicRollbackException
                    || t instanceof XAException || t instanceof SocketException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** The failure, its causes and what they suppressed (a failed rollback hides behind the first error). */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && all.size() < 50) {
            Throwable t = todo.poll();
            if (t == null || all.stream().anyMatch(seen -> seen == t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return all;
    }
}
