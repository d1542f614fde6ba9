package org.proficio.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Ports, files and processes of this machine, the way every devstack component needs them. */
final class LocalMachine {

    /** Every process devstack starts listens on the loopback interface only. */
    static final String LOOPBACK = "127.0.0.1";

    /** How many lines of a log file an error message quotes. */
    static final int LOG_TAIL_LINES = 30;

    /** A short-lived command that overran its timeout gets this long to exit after SIGTERM. */
    private static final Duration OVERRUN_GRACE = Duration.ofSeconds(1);

    private LocalMachine() {}

    /** A port that was free a moment ago; a race with other processes is possible but harmless in tests. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK, e);
        }
    }

    static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Without SO_REUSEADDR a port in TIME_WAIT after a clean stop counts as busy, as it does for Kafka.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void requirePortFree(int port, String what) {
        if (!isPortFree(port)) {
            throw new IllegalStateException(what + ": port " + port + " on " + LOOPBACK
                    + " is already in use; stop the process using it or" + " choose another port");
        }
    }

    /**
     * A new temporary directory that other users may traverse: an embedded PostgreSQL started by root runs as
     * {@code nobody} and must reach its data directory below it.
     */
    static Path traversableTempDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /** Writes through a sibling temporary file so that a reader polling for {@code file} never sees half of it. */
    static void writeAtomically(Path file, String content) {
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
            Files.writeString(temporary, content);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The last lines of a log file, for error messages; empty when there is no such file. */
    static String tail(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (Stream<String> lines = Files.lines(file)) {
            Deque<String> last = new ArrayDeque<>(LOG_TAIL_LINES);
            lines.forEach(line -> {
                if (last.size() == LOG_TAIL_LINES) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
            return String.join(System.lineSeparator(), last);
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    static String describeFailure(String message, Path log) {
        String tail = tail(log);
        return tail.isEmpty()
                ? message + " (no output in " + log + ")"
                : message + "; last lines of " + log + ":" + System.lineSeparator() + tail;
    }

    /**
     * Asks a process to stop (SIGTERM), gives it {@code grace} to do so, then kills it. Descendants, captured
     * before the signal, are killed afterwards so nothing outlives its parent.
     */
    static void terminate(Process process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Runs a short-lived command to completion, its output appended to {@code log}; returns the exit code. */
    static int run(List<String> command, Path workingDirectory, Path log, Duration timeout) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                terminate(process, OVERRUN_GRACE);
                throw new IllegalStateException(describeFailure(
                        String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s", log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** Registers a JVM shutdown hook, returning it so that an explicit stop can remove it again. */
    static Thread onShutdown(String name, Runnable action) {
        Thread hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes a hook after an explicit stop; during JVM shutdown removal is not allowed and not needed. */
    static void forgetShutdownHook(Thread hook) {
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs (or ran) anyway; stopping twice is a no-op.
        }
    }
}
