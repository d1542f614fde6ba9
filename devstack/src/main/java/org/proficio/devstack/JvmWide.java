package org.proficio.devstack;

import java.util.function.Supplier;

/**
 * Values shared by every class loader of one JVM. Quarkus may load a test resource class more than once (one class
 * loader per application restart or test profile), so a static field would start a second broker or server; a
 * system property is seen by all of them. Public because Quarkus may load this class and its callers in different
 * class loaders, where package-private access fails.
 */
public final class JvmWide {

    private JvmWide() {}

    /** The value of {@code property}, computed and published by the first caller in this JVM. */
    public static String computeIfAbsent(String property, Supplier<String> compute) {
        // A string constant is interned, hence the same object in every class loader: a JVM-wide lock.
        synchronized (property.intern()) {
            String value = System.getProperty(property);
            if (value == null) {
                value = compute.get();
                System.setProperty(property, value);
            }
            return value;
        }
    }
}
