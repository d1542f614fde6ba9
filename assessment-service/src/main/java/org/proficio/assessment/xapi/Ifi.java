package org.proficio.assessment.xapi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An xAPI agent's inverse functional identifier as one string, the key of the agent mapping: {@code
 * mbox:mailto:…}, {@code mbox_sha1sum:<40 hex>}, {@code openid:<uri>} or {@code account:<homePage>|<name>}. The
 * e-mail domain and the SHA-1 hex are case-insensitive in xAPI, so they are lower-cased here.
 */
record Ifi(Kind kind, String value) {

    enum Kind {
        MBOX("mbox"),
        MBOX_SHA1SUM("mbox_sha1sum"),
        OPENID("openid"),
        ACCOUNT("account");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** What xAPI allows in an mbox: a mailto IRI with one address. */
    static final Pattern MBOX = Pattern.compile("(?i)mailto:[^@\\s]+@[^@\\s]+");

    static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    /** Separates an account's homePage from its name; homePages with it cannot be mapped. */
    static final char ACCOUNT_SEPARATOR = '|';

    static Ifi mbox(String mbox) {
        int at = mbox.lastIndexOf('@');
        String local = mbox.substring("mailto:".length(), at);
        return new Ifi(Kind.MBOX, "mailto:" + local + mbox.substring(at).toLowerCase(Locale.ROOT));
    }

    static Ifi sha1(String sha1) {
        return new Ifi(Kind.MBOX_SHA1SUM, sha1.toLowerCase(Locale.ROOT));
    }

    static Ifi openid(String openid) {
        return new Ifi(Kind.OPENID, openid);
    }

    static Ifi account(String homePage, String name) {
        return new Ifi(Kind.ACCOUNT, homePage + ACCOUNT_SEPARATOR + name);
    }

    /** Reads a key written by {@link #key()}. */
    static Ifi parse(String key) {
        int colon = key.indexOf(':');
        String prefix = key.substring(0, colon);
        for (Kind kind : Kind.values()) {
            if (kind.prefix.equals(prefix)) {
                return new Ifi(kind, key.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("not an IFI key: " + key);
    }

    /** The mapping table's key. */
    String key() {
        return kind.prefix + ":" + value;
    }

    /** For an account: the homePage; the account's name is {@link #accountName()}. */
    String accountHomePage() {
        return value.substring(0, value.indexOf(ACCOUNT_SEPARATOR));
    }

    String accountName() {
        return value.substring(value.indexOf(ACCOUNT_SEPARATOR) + 1);
    }

    @Override
    public String toString() {
        return key();
    }
}
