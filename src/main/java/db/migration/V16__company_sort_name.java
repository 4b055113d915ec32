package db.migration;

import com.chuhai.tracker.shared.SortKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Companies sort by {@link SortKey} (case and accents ignored) rather than by the raw name: adds the
 * key, computes it in Java for every existing company (the databases' LOWER differ, PostgreSQL's under
 * the C collation folds ASCII only), and moves the directory's index to it.
 */
public class V16__company_sort_name extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE company ADD COLUMN sort_name VARCHAR(200)");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, name FROM company");
                PreparedStatement write =
                        connection.prepareStatement("UPDATE company SET sort_name = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SortKey.of(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE company ALTER COLUMN sort_name SET NOT NULL");
            statement.execute("DROP INDEX ix_company_name");
            statement.execute("CREATE INDEX ix_company_sort_name ON company (sort_name, id)");
        }
    }
}
