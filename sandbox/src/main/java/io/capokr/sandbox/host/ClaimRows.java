package io.capokr.sandbox.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * How the sandbox's cluster stand-ins claim something for one node: insert a row under a primary key, in a statement
 * of its own that every node sees at once; whoever inserts first has it, and a duplicate key says another node does.
 */
final class ClaimRows {

    /** SQLSTATE class of integrity constraint violations, where H2 and PostgreSQL report a duplicate key. */
    private static final String INTEGRITY_VIOLATION = "23";

    private ClaimRows() {
    }

    /**
     * Runs {@code insert} with {@code parameters} on a connection of its own, committed at once: true when the row was
     * inserted, false when its key was taken.
     *
     * @throws SQLException for any other failure
     */
    static boolean insertUnlessTaken(DataSource connections, String insert, Object... parameters) throws SQLException {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = connection.prepareStatement(insert)) {
            connection.setAutoCommit(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return false;
            }
            throw e;
        }
    }
}
