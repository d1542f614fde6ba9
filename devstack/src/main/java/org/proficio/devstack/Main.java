package org.proficio.devstack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import org.jboss.logging.Logger;

/**
 * Command line for the local stack launcher ({@code deploy/local/stack}):
 *
 * <pre>
 * java -cp devstack/target/devstack-&lt;version&gt;.jar:$(cat devstack/target/devstack-classpath.txt) \
 *     org.proficio.devstack.Main &lt;command&gt; [options]
 * </pre>
 *
 * <p>Prints {@value #READY} on stdout once the infrastructure can be used; logs go to stderr. Commands that keep a
 * process of their own (an embedded PostgreSQL, the Kafka broker) stay in the foreground until SIGTERM/SIGINT,
 * which stops that process cleanly; they exit with {@value #FAILURE} if it dies on its own.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final String READY = "ready";

    private static final String USAGE_TEXT = """
            Usage: java -cp <devstack classpath> org.proficio.devstack.Main <command> [options]

              postgres --data DIR --env-file FILE [--port P] [--databases db1,db2,...] [--embedded true|false]
                  Finds PostgreSQL (PROFICIO_PG_* env, 127.0.0.1:5432, the installed cluster, else an embedded
                  server with its data in DIR on port P, default 5432 if free), creates one role and database per
                  name (password = name, dev only) and writes PG_HOST, PG_PORT and PG_EMBEDDED to FILE.
                  --embedded true skips the search. Stays in the foreground only if it started an embedded server.

              kafka --data DIR [--port 9092] [--controller-port 9093] [--topics t1,t2,...] [--partitions 1]
                    [--auto-create-topics true|false] [--ready-file FILE]
                  Starts a Kafka broker (KRaft, single node) with its data in DIR (kept across restarts), creates
                  the topics, writes KAFKA_BOOTSTRAP_SERVERS to FILE if given and stays in the foreground.
            """;

    private Main() {}

    public static void main(String[] args) {
        configureLogging();
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Set.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        try {
            Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
            return switch (args[0]) {
                case "postgres" -> postgres(options, out);
                case "kafka" -> kafka(options, out);
                default -> throw new UsageException("unknown command " + args[0]);
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILURE;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            // Expected failures (port taken, server unreachable, ...) explain themselves; no stack trace.
            Logger.getLogger(Main.class).error(withCauses(e));
            return FAILURE;
        } catch (RuntimeException e) {
            Logger.getLogger(Main.class).error(e.getMessage(), e);
            return FAILURE;
        }
    }

    private static String withCauses(Throwable failure) {
        StringBuilder message = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            message.append(System.lineSeparator()).append("  caused by: ").append(cause);
        }
        return message.toString();
    }

    private static int postgres(Options options, PrintStream out) throws InterruptedException {
        options.allowOnly("data", "env-file", "port", "databases", "embedded");
        Path data = options.path("data");
        Path envFile = options.path("env-file");
        int port = options.has("port")
                ? options.integer("port")
                : LocalMachine.isPortFree(LocalPostgres.DEFAULT_PORT) ? LocalPostgres.DEFAULT_PORT : 0;

        LocalPostgres postgres =
                options.bool("embedded", false) ? LocalPostgres.embedded(data, port) : LocalPostgres.obtain(data, port);
        options.list("databases").forEach(postgres::ensureDatabase);
        PostgresEndpoint endpoint = postgres.endpoint();
        LocalMachine.writeAtomically(
                envFile,
                "PG_HOST=" + endpoint.host() + "\n" + "PG_PORT=" + endpoint.port() + "\n" + "PG_EMBEDDED="
                        + endpoint.embedded() + "\n");
        out.println(READY);
        out.flush();
        if (!endpoint.embedded()) {
            return OK;
        }
        // SIGTERM runs the server's shutdown hook (pg_ctl stop -m fast); only a crash is reported.
        OptionalInt crash = postgres.awaitEmbeddedCrash();
        if (crash.isEmpty()) {
            return OK;
        }
        Logger.getLogger(Main.class).errorf("embedded PostgreSQL exited on its own with code %d", crash.getAsInt());
        return FAILURE;
    }

    private static int kafka(Options options, PrintStream out) throws InterruptedException {
        options.allowOnly(
                "data", "port", "controller-port", "topics", "partitions", "auto-create-topics", "ready-file");
        KafkaBrokerSettings settings = KafkaBrokerSettings.persistent(
                        options.path("data"),
                        options.integer("port", KafkaBrokerSettings.DEFAULT_PORT),
                        options.integer("controller-port", KafkaBrokerSettings.DEFAULT_CONTROLLER_PORT))
                .withDefaultPartitions(options.integer("partitions", KafkaBrokerSettings.DEFAULT_PARTITIONS))
                .withAutoCreateTopics(options.bool("auto-create-topics", true));

        KafkaBroker broker = KafkaBroker.start(settings);
        broker.createTopics(options.list("topics"));
        if (options.has("ready-file")) {
            LocalMachine.writeAtomically(
                    options.path("ready-file"), "KAFKA_BOOTSTRAP_SERVERS=" + broker.bootstrapServers() + "\n");
        }
        out.println(READY);
        out.flush();
        // SIGTERM runs the broker's shutdown hook, which stops it; any other exit is a crash.
        int exit = broker.awaitExit();
        if (broker.stopRequested()) {
            return OK;
        }
        Logger.getLogger(Main.class).errorf("the Kafka broker exited on its own with code %d", exit);
        return FAILURE;
    }

    /**
     * One line per message on stderr, so that stdout carries only {@value #READY}. Outside Quarkus nothing
     * configures logging, and kafka-clients logs through slf4j into JBoss LogManager (Quarkus' binding), which
     * complains unless it is the JUL manager; so it becomes the manager, with a plain stderr handler in place of
     * Quarkus' start-up buffer. Must run before anything logs.
     */
    private static void configureLogging() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$-7s [devstack] %5$s%6$s%n");
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setFormatter(new SimpleFormatter());
        root.addHandler(stderr);
        root.setLevel(Level.INFO);
        // Each Kafka client logs its whole configuration at INFO.
        QuietLoggers.KAFKA_CLIENTS.setLevel(Level.WARNING);
    }

    /** Created only once logging is configured; held so that a level is not lost with a collected logger. */
    private static final class QuietLoggers {
        static final java.util.logging.Logger KAFKA_CLIENTS = java.util.logging.Logger.getLogger("org.apache.kafka");
    }

    /** {@code --name value} pairs. */
    private record Options(Map<String, String> values) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new UsageException("expected --option value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            return new Options(values);
        }

        void allowOnly(String... names) {
            Set<String> allowed = Set.of(names);
            values.keySet().stream()
                    .filter(name -> !allowed.contains(name))
                    .findFirst()
                    .ifPresent(name -> {
                        throw new UsageException("unknown option --" + name);
                    });
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        Path path(String name) {
            if (!has(name)) {
                throw new UsageException("--" + name + " is required");
            }
            return Path.of(values.get(name));
        }

        int integer(String name) {
            try {
                return Integer.parseInt(values.get(name));
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " needs a number, got " + values.get(name));
            }
        }

        int integer(String name, int defaultValue) {
            return has(name) ? integer(name) : defaultValue;
        }

        boolean bool(String name, boolean defaultValue) {
            if (!has(name)) {
                return defaultValue;
            }
            return switch (values.get(name)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new UsageException("--" + name + " needs true or false, got " + values.get(name));
            };
        }

        List<String> list(String name) {
            return has(name)
                    ? Arrays.stream(values.get(name).split(","))
                            .map(String::trim)
                            .filter(item -> !item.isEmpty())
                            .toList()
                    : List.of();
        }
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
