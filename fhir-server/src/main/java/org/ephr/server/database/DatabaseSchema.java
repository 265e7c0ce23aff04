package org.ephr.server.database;

/**
 * The database schema after HAPI's versioned migrations have run.
 *
 * @param lastAppliedVersion HAPI's migration version the schema is at
 * @param tasksApplied how many migration tasks this start-up applied
 */
public record DatabaseSchema(String lastAppliedVersion, int tasksApplied) {}
