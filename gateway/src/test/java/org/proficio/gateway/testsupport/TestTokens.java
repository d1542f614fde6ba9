package org.proficio.gateway.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Real signed JWTs for component tests. The gateway verifies them with the public half of a fixed test key pair
 * ({@code test-keys/}, test-only, never used elsewhere), configured by {@link StubUpstreams}; so the full
 * quarkus-oidc bearer check runs, on the proxy routes too.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/proficio";

    private TestTokens() {}

    /** The audience the realm's mapper puts in the tokens of Proficio's clients. */
    public static final String AUDIENCE = "proficio-api";

    /** An educator of district demo, valid for five minutes. */
    public static String teacher() {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("teacher")
                .preferredUserName("teacher")
                .groups(Set.of("educator"))
                .claim("district", "demo")
                .expiresIn(300)
                .sign(privateKey());
    }

    /** Signed by the realm, valid, but issued to another client of it (Keycloak's admin-cli): no Proficio audience. */
    public static String forAnotherClient() {
        return Jwt.issuer(ISSUER)
                .subject("teacher")
                .preferredUserName("teacher")
                .groups(Set.of("educator"))
                .claim("district", "demo")
                .claim("azp", "admin-cli")
                .expiresIn(300)
                .sign(privateKey());
    }

    public static String expired() {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .subject("teacher")
                .issuedAt(now.minusSeconds(3600))
                .expiresAt(now.minusSeconds(1800))
                .sign(privateKey());
    }

    /** Well-formed, right issuer, but signed by a key the gateway doesn't trust. */
    public static String signedByStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .subject("mallory")
                    .expiresIn(300)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicKeyBase64() {
        String pem = new String(StubUpstreams.readResource("test-keys/public.pem"), StandardCharsets.US_ASCII);
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.readPrivateKey("test-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("Test signing key missing", e);
        }
    }
}
