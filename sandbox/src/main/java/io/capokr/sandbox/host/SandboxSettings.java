package io.capokr.sandbox.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.capokr.host.AppSettings;
import net.java.ao.EntityManager;

/**
 * The sandbox's stand-in for SAL's plugin settings: a table of names and values in the sandbox's own database, as
 * Jira keeps plugin settings in its database. So settings live as long as the data do, whatever the database (H2
 * file, in memory, PostgreSQL), and never in node memory.
 */
public final class SandboxSettings implements AppSettings {

    static final String TABLE = "SANDBOX_SETTING";

    private final EntityManager entityManager;

    public SandboxSettings(EntityManager entityManager) {
        this.entityManager = entityManager;
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (SETTING_NAME VARCHAR(255) PRIMARY KEY, SETTING_VALUE VARCHAR(4000) NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the sandbox's settings table", e);
        }
    }

    @Override
    public Optional<String> get(String key) {
        try (Connection connection = connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT SETTING_VALUE FROM " + TABLE + " WHERE SETTING_NAME = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the setting " + key, e);
        }
    }

    @Override
    public void put(String key, String value) {
        try (Connection connection = connection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE SETTING_NAME = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO " + TABLE + " (SETTING_NAME, SETTING_VALUE) VALUES (?, ?)")) {
                delete.setString(1, key);
                delete.executeUpdate();
                if (value != null) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the setting " + key, e);
        }
    }

    private Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }
}
