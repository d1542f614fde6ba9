package org.proficio.platform.security;

/** The realm roles Keycloak puts in Proficio's tokens. */
public final class Roles {

    public static final String STUDENT = "student";
    public static final String GUARDIAN = "guardian";
    public static final String EDUCATOR = "educator";
    public static final String DISTRICT_ADMIN = "district-admin";
    public static final String INTEGRATION = "integration";

    private Roles() {}
}
