package org.proficio.devstack;

/**
 * A database and the role that owns it, as devstack creates them: role name = database name, and (dev only) the
 * password is the role name too.
 *
 * @param server the server it lives on
 * @param name database name, also the owning role's name
 * @param user the role to connect as
 * @param password the role's password
 */
public record PostgresDatabase(PostgresEndpoint server, String name, String user, String password) {

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String reactiveUrl() {
        return server.reactiveUrl(name);
    }

    @Override
    public String toString() {
        return "PostgresDatabase[" + user + "@" + server.host() + ":" + server.port() + "/" + name + "]";
    }
}
