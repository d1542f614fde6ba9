package org.proficio.devstack;

/**
 * Where a PostgreSQL server is and how to administer it.
 *
 * @param host host name or address
 * @param port TCP port
 * @param adminUser a role that may create roles and databases
 * @param adminPassword its password; empty for trust authentication
 * @param embedded whether devstack started this server itself (it stops with the JVM that started it)
 */
public record PostgresEndpoint(String host, int port, String adminUser, String adminPassword, boolean embedded) {

    public PostgresEndpoint {
        adminPassword = adminPassword == null ? "" : adminPassword;
    }

    /** {@code jdbc:postgresql://host:port/database}, the form Flyway and JDBC tools take. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** {@code postgresql://host:port/database}, the form {@code quarkus.datasource.reactive.url} takes. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** Never prints the password, even a dev-only one: these records end up in logs. */
    @Override
    public String toString() {
        return "PostgresEndpoint[" + adminUser + "@" + host + ":" + port + (embedded ? ", embedded" : "") + "]";
    }
}
