package org.proficio.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proficio.platform.problem.ProblemException;

/**
 * Who is calling, read from the bearer token in one place: the tenant ({@code district} claim), roles, and the
 * learners the caller may see ({@code learner_id} for a student, {@code learners} for a guardian). Every query is
 * scoped by {@link #district()}; every learner-level read goes through {@link #requireLearner(String)}.
 */
@RequestScoped
public class Caller {

    public static final String DISTRICT_CLAIM = "district";
    public static final String LEARNER_ID_CLAIM = "learner_id";
    public static final String LEARNERS_CLAIM = "learners";
    public static final String SCOPE_CLAIM = "scope";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's district; a token without one is refused. */
    public String district() {
        return claim(DISTRICT_CLAIM)
                .filter(d -> !d.isBlank())
                .orElseThrow(() -> ProblemException.forbidden("The token names no district."));
    }

    /** The learner a student token belongs to. */
    public Optional<String> learnerId() {
        return claim(LEARNER_ID_CLAIM);
    }

    /** The learners a guardian token is linked to. */
    public Set<String> learners() {
        Object value = token().map(t -> t.getClaim(LEARNERS_CLAIM)).orElse(null);
        if (value instanceof JsonArray array) {
            return array.stream()
                    .map(v -> v instanceof JsonString s ? s.getString() : v.toString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (value instanceof String single) {
            return Set.of(single);
        }
        return Set.of();
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the token grants this OAuth scope (the space-separated {@code scope} claim). */
    public boolean hasScope(String scope) {
        return claim(SCOPE_CLAIM)
                .map(granted -> Arrays.asList(granted.strip().split("\\s+")).contains(scope))
                .orElse(false);
    }

    /** Staff and integrations see every learner of their district. */
    public boolean seesWholeDistrict() {
        return hasRole(Roles.EDUCATOR) || hasRole(Roles.DISTRICT_ADMIN) || hasRole(Roles.INTEGRATION);
    }

    /** Whether the caller may see this learner of their district. */
    public boolean maySee(String learnerId) {
        if (seesWholeDistrict()) {
            return true;
        }
        if (hasRole(Roles.STUDENT) && learnerId().filter(learnerId::equals).isPresent()) {
            return true;
        }
        return hasRole(Roles.GUARDIAN) && learners().contains(learnerId);
    }

    /** Refuses with 403 unless the caller may see this learner. */
    public void requireLearner(String learnerId) {
        if (!maySee(learnerId)) {
            throw ProblemException.forbidden("You may not see learner " + learnerId + ".");
        }
    }

    private Optional<String> claim(String name) {
        return token().map(t -> t.<Object>getClaim(name))
                .map(v -> v instanceof JsonString s ? s.getString() : v.toString());
    }

    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Optional.of(jwt) : Optional.empty();
    }
}
