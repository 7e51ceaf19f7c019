/**
 * The workspace: statements, their analyses and hashes in a SQLite file (or, via a JDBC URL, another
 * SQL database), with the schema managed by Flyway migrations in {@code db/migration}. Entry point:
 * {@link org.readout.store.Workspace}. Arguments are never null unless a javadoc says so; lookups
 * return {@link java.util.Optional}.
 */
package org.readout.store;
