package org.proficio.devstack;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The unprivileged account PostgreSQL runs as when devstack itself runs as root: initdb and postgres refuse to run
 * as root, so their commands are wrapped in {@code setpriv} (util-linux) and their data directory is given to this
 * account.
 */
record OsUser(String name, int uid, int gid) {

    /** The account used in place of root; it exists on every Linux distribution. */
    static final String UNPRIVILEGED = "nobody";

    private static final int ROOT_UID = 0;
    private static final Path PASSWD = Path.of("/etc/passwd");
    private static final int PASSWD_NAME = 0;
    private static final int PASSWD_UID = 2;
    private static final int PASSWD_GID = 3;

    /** The account to switch to, or empty when this JVM is not root and runs PostgreSQL itself. */
    static Optional<OsUser> switchFromRoot() {
        if (new UnixSystem().getUid() != ROOT_UID) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(PASSWD)) {
            return Optional.of(lines.map(line -> line.split(":"))
                    .filter(fields -> fields.length > PASSWD_GID && UNPRIVILEGED.equals(fields[PASSWD_NAME]))
                    .map(fields -> new OsUser(
                            fields[PASSWD_NAME],
                            Integer.parseInt(fields[PASSWD_UID]),
                            Integer.parseInt(fields[PASSWD_GID])))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "running as root, but there is no '" + UNPRIVILEGED + "' account to run PostgreSQL as")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PASSWD, e);
        }
    }

    /** The command, run as this account. */
    List<String> wrap(List<String> command) {
        List<String> wrapped =
                new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    void takeOwnership(Path path) {
        try {
            Files.setAttribute(path, "unix:uid", uid);
            Files.setAttribute(path, "unix:gid", gid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + path + " to " + name, e);
        }
    }

    /** Fails early, with advice, when this account could not even reach {@code directory}. */
    void requireCanReach(Path directory) {
        for (Path dir = directory.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                boolean traversable = Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)
                        || Integer.valueOf(uid).equals(Files.getAttribute(dir, "unix:uid"));
                if (!traversable) {
                    throw new IllegalStateException("PostgreSQL runs as '" + name + "' (PostgreSQL refuses root), and '"
                            + name + "' cannot enter " + dir + ": choose a data directory below a path every user"
                            + " may traverse, e.g. below the repository or /tmp");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot inspect " + dir, e);
            }
        }
    }
}
