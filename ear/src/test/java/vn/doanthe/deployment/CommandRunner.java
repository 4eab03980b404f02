package vn.doanthe.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs asadmin and the setup script to completion. Output goes to a numbered log file, not a pipe:
 * start-domain leaves a server running that could hold a pipe open for ever. A failure or a hang
 * throws with the command's output, so the test report says what went wrong.
 */
final class CommandRunner {

    private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());

    private final Path logFolder;
    private final Map<String, String> baseEnvironment;
    private int count;

    CommandRunner(Path logFolder, Map<String, String> baseEnvironment) {
        this.logFolder = logFolder;
        this.baseEnvironment = Map.copyOf(baseEnvironment);
    }

    String run(Duration timeout, List<String> command) {
        return run(timeout, Map.of(), command);
    }

    /** Runs {@code command} with the base environment plus {@code environment}; returns its output. */
    String run(Duration timeout, Map<String, String> environment, List<String> command) {
        String shown = String.join(" ", command);
        Path log = logFolder.resolve(String.format("%02d-%s.log", ++count, describe(command)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = new HashMap<>(baseEnvironment);
        env.putAll(environment);
        builder.environment().clear();
        builder.environment().putAll(env);
        LOG.info(() -> "Running " + shown);
        long started = System.nanoTime();
        try {
            Files.createDirectories(logFolder);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new CommandFailedException(String.format("%s did not finish within %d s. Output (%s):%n%s",
                        shown, timeout.toSeconds(), log, Files.readString(log, StandardCharsets.UTF_8)));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            if (process.exitValue() != 0) {
                throw new CommandFailedException(String.format("%s exited with %d after %d s. Output (%s):%n%s",
                        shown, process.exitValue(), seconds, log, output));
            }
            LOG.info(() -> String.format("%s took %d s", shown, seconds));
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + shown, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + shown, e);
        }
    }

    /** "asadmin start-domain" becomes "asadmin-start-domain" in the log file's name. */
    private static String describe(List<String> command) {
        String program = Path.of(command.get(0)).getFileName().toString();
        String action = command.stream().skip(1).filter(arg -> !arg.startsWith("-")).findFirst()
                .map(arg -> Path.of(arg).getFileName().toString()).orElse("");
        return (program + "-" + action).replaceAll("[^A-Za-z0-9.-]", "_");
    }
}
