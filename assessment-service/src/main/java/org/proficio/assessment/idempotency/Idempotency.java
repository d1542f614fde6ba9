package org.proficio.assessment.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Runs an operation at most once per Idempotency-Key. The key is claimed, the work done and its result stored in
 * one transaction (the caller's {@code @WithTransaction}), so a retry either finds the committed result or, if the
 * first attempt rolled back, runs the work itself. A retry with the same key but another request is refused.
 */
@ApplicationScoped
public class Idempotency {

    /** The request header integrations send. */
    public static final String HEADER = "Idempotency-Key";

    /** Set on a response that replays the stored result of an earlier request with the same Idempotency-Key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public static final int MAX_KEY_LENGTH = 255;

    private static final Pattern KEY = Pattern.compile("\\p{Graph}{1," + MAX_KEY_LENGTH + "}");

    private final IdempotencyRepository records;
    private final IdempotencyConfig config;
    private final ObjectMapper json;

    public Idempotency(IdempotencyRepository records, IdempotencyConfig config, ObjectMapper json) {
        this.records = records;
        this.config = config;
        this.json = json;
    }

    /** Refuses a key that is blank, too long or not printable ASCII (400 naming the header). */
    private static void checkKey(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    "The request has 1 invalid field(s).",
                    List.of(new FieldError(
                            HEADER, "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces")));
        }
    }

    /**
     * Runs {@code work} unless this district's caller already ran {@code operation} with the same key; then returns
     * the stored result, or fails with 422 if the earlier request differed. Must run inside a transaction.
     *
     * @param key the Idempotency-Key, or null to just run the work
     */
    public <T> Uni<Idempotent<T>> once(
            String district,
            String caller,
            String key,
            String operation,
            Object request,
            Class<T> resultType,
            Supplier<Uni<T>> work) {
        if (key == null) {
            return work.get().map(Idempotent::fresh);
        }
        checkKey(key);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(district, caller, key);
        String hash = hash(operation, request);
        return records.claim(id, hash, OffsetDateTime.now(ZoneOffset.UTC))
                .chain(claimed -> claimed
                        ? work.get()
                                .call(result -> records.complete(id, write(result)))
                                .map(Idempotent::fresh)
                        : replay(id, hash, resultType));
    }

    private <T> Uni<Idempotent<T>> replay(IdempotencyRecord.Key id, String hash, Class<T> resultType) {
        return records.findById(id).map(stored -> {
            if (stored == null || stored.response == null) {
                // Cannot happen while claim and result share a transaction; refuse rather than run twice.
                throw ProblemException.conflict("A request with this Idempotency-Key is still in progress.");
            }
            if (!stored.requestHash.equals(hash)) {
                throw ProblemException.unprocessable(
                        "This Idempotency-Key was used for a different request.",
                        new FieldError(HEADER, "was already used with another request body"));
            }
            return new Idempotent<>(read(stored.response, resultType), true);
        });
    }

    /** Forgets keys older than the retention period. */
    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m")
    @WithTransaction
    Uni<Void> purgeExpired() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        return records.deleteCreatedBefore(before)
                .invoke(n -> Log.debugf("purged %d idempotency keys", n))
                .replaceWithVoid();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request of " + operation, e);
        }
    }

    private String write(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the result " + result.getClass(), e);
        }
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored result as " + type.getSimpleName(), e);
        }
    }
}
