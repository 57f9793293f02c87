package dev.foresight.training.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Spark standalone cluster on loopback: one master and {@code workers} workers, each its own JVM, started
 * from the jars Maven resolved for the tests (no Spark distribution). Workers launch executors from
 * {@code SPARK_HOME/jars}, so that folder holds links to those jars. {@link #close()} stops every process it started,
 * executors included.
 */
public final class StandaloneCluster implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final List<Process> processes = new ArrayList<>();
    private final String masterUrl;
    private final int masterUiPort;
    private final Path logs;

    private StandaloneCluster(int masterPort, int masterUiPort, Path logs) {
        this.masterUrl = "spark://127.0.0.1:" + masterPort;
        this.masterUiPort = masterUiPort;
        this.logs = logs;
    }

    /** Starts the master on {@code masterPort} and the workers, and waits until every worker has registered. */
    public static StandaloneCluster start(Path home, int masterPort, int workers, int coresPerWorker, String memoryPerWorker)
            throws IOException, InterruptedException {
        requireFree(masterPort);
        Path sparkHome = sparkHome(home);
        var cluster = new StandaloneCluster(masterPort, freePort(), Files.createDirectories(home.resolve("logs")));
        try {
            cluster.launch("master", sparkHome, List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(cluster.masterUiPort)));
            for (int i = 1; i <= workers; i++) {
                Path workDir = Files.createDirectories(home.resolve("worker-" + i));
                cluster.launch("worker-" + i, sparkHome, List.of("org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", Integer.toString(coresPerWorker), "--memory", memoryPerWorker,
                        "--webui-port", Integer.toString(freePort()), "--work-dir", workDir.toString(), cluster.masterUrl));
            }
            cluster.awaitWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String masterUrl() {
        return masterUrl;
    }

    /** Applications the master has seen finish, with the executors each had. */
    public JsonNode masterState() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().startsWith("{")) {
            throw new IOException("master state not available yet: HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        return JSON.readTree(response.body());
    }

    private void launch(String name, Path sparkHome, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-cp",
                sparkHome.resolve("jars") + File.separator + "*"));
        command.addAll(mainAndArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(builder.start());
    }

    private void awaitWorkers(int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("A cluster process exited with " + p.exitValue() + "; see " + logs);
                }
            }
            try {
                if (masterState().path("aliveworkers").asInt() >= expected) {
                    return;
                }
            } catch (IOException e) {
                last = e.getMessage(); // the master's web UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(expected + " workers did not register within " + START_TIMEOUT + "; see " + logs
                + " (" + last + ")");
    }

    /** Stops workers before the master, each with its process tree (a worker's executors are its children). */
    @Override
    public void close() {
        List<Process> newestFirst = new ArrayList<>(processes);
        java.util.Collections.reverse(newestFirst);
        for (Process p : newestFirst) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    public boolean stopped() {
        return processes.isEmpty();
    }

    /** A folder whose {@code jars/} links every jar on the test classpath: what a Spark distribution would hold. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("spark-home").resolve("jars"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int i = 0;
        for (String entry : classpath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
                // numbered, as two artifacts may share a file name
                Files.createSymbolicLink(jars.resolve(String.format("%04d-%s", i++, jar.getFileName())), jar.toAbsolutePath());
            }
        }
        return jars.getParent();
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireFree(int port) {
        try (var socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is taken; a Spark master may already be running", e);
        }
    }
}
