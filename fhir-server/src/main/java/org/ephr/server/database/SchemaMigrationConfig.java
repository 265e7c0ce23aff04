package org.ephr.server.database;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationTaskList;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates and upgrades the schema with HAPI's own versioned migrations (the same tasks as
 * {@code hapi-fhir-cli migrate-database}), recorded in the {@code FLY_HFJ_MIGRATION} table. Hibernate only
 * validates: it never alters a production schema.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrationConfig {

    static final String MIGRATION_TABLE = "FLY_HFJ_MIGRATION";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrationConfig.class);

    @Bean
    DatabaseSchema databaseSchema(DataSource dataSource) throws SQLException {
        var migrator = new HapiMigrator(MIGRATION_TABLE, dataSource, driverType(dataSource));
        MigrationTaskList tasks = new HapiFhirJpaMigrationTasks(Set.of()).getAllTasks(VersionEnum.values());
        migrator.addTasks(tasks);
        migrator.createMigrationTableIfRequired();
        var result = migrator.migrate();
        log.info("Database schema at HAPI migration {}: {}", tasks.getLastVersion(), result.summary());
        return new DatabaseSchema(tasks.getLastVersion(), result.succeededTasks.size());
    }

    private static DriverTypeEnum driverType(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "PostgreSQL" -> DriverTypeEnum.POSTGRES_9_4;
                case "H2" -> DriverTypeEnum.H2_EMBEDDED;
                default ->
                    throw new IllegalStateException("Unsupported database: " + product
                            + " (the e-PHR runs on PostgreSQL, or H2 as the embedded default)");
            };
        }
    }
}
