package org.commonplace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Gives each run of the suite an empty database: H2 files removed, or the PostgreSQL database recreated. */
public final class TestDatabase {
    public static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String PG_DATABASE = System.getProperty("it.pg.database", "commonplace_it");

    private TestDatabase() { }

    public static String kind() {
        return System.getProperty("it.database", "h2");
    }

    static void reset() {
        if ("postgresql".equals(kind())) {
            recreatePostgres(PG_DATABASE);
        } else {
            deleteTree(Path.of("target/it-h2"));
        }
        deleteTree(Path.of("target/it-" + ("postgresql".equals(kind()) ? "pg" : "h2")));
    }

    /** Drops and creates a database on the local PostgreSQL (trust authentication, user postgres). */
    public static void recreatePostgres(String database) {
        try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test database " + database + " could not be recreated at "
                    + PG_ADMIN_URL + " (is PostgreSQL running with trust authentication for user postgres?)", e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
