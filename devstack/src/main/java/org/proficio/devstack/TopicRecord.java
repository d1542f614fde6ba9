package org.proficio.devstack;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Kafka record as a test sees it: key and value as UTF-8 text, headers by name (for CloudEvents in binary
 * mode: {@code ce_id}, {@code ce_type}, ...; the last value wins if a header repeats).
 *
 * @param topic topic
 * @param partition partition
 * @param offset offset in the partition
 * @param key key, or {@code null}
 * @param value value, or {@code null} for a tombstone
 * @param headers headers by name; a header without a value maps to {@code null}
 * @param timestamp the record's timestamp
 */
public record TopicRecord(
        String topic,
        int partition,
        long offset,
        String key,
        String value,
        Map<String, String> headers,
        Instant timestamp) {

    public TopicRecord {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
