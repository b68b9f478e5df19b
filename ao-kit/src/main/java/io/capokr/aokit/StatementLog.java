package io.capokr.aokit;

import java.util.ArrayList;
import java.util.List;

import net.java.ao.DatabaseProvider;

/**
 * Records every SQL statement AO sends while it is open. Tests use it to prove that the number of
 * statements a request runs does not grow with the amount of data.
 */
public final class StatementLog implements DatabaseProvider.SqlListener, AutoCloseable {

    private final DatabaseProvider provider;
    private final List<String> statements = new ArrayList<>();

    StatementLog(DatabaseProvider provider) {
        this.provider = provider;
        provider.addSqlListener(this);
    }

    @Override
    public synchronized void onSql(String sql) {
        statements.add(sql);
    }

    public synchronized int count() {
        return statements.size();
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void close() {
        provider.removeSqlListener(this);
    }
}
