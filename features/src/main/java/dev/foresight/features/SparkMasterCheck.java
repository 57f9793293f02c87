package dev.foresight.features;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails fast on a Spark master that cannot work: a value that is no master URL at all, or a standalone cluster
 * URL ({@code spark://host:port[,host:port]}) none of whose masters accepts a connection. Spark itself retries
 * registration for about a minute before giving up with a vaguer message.
 */
public final class SparkMasterCheck {

    /** The master URLs Spark 4 accepts: local mode, standalone (with standby masters), YARN, Kubernetes. */
    public static final String URL_PATTERN =
            "local|local\\[(\\*|[1-9][0-9]*)(,[0-9]+)?]|spark://[^\\s,:/]+:[0-9]+(,[^\\s,:/]+:[0-9]+)*|yarn|k8s://\\S+";
    public static final String EXPECTED = "local, local[N], local[*], spark://host:port[,host:port], yarn or k8s://URL";

    private static final int TIMEOUT_MILLIS = 3_000;

    private SparkMasterCheck() {
    }

    /** A clear error for a value Spark would reject only once a job runs (or would take as a typo'd host). */
    public static void requireValidUrl(String master) {
        if (master == null || !master.matches(URL_PATTERN)) {
            throw new IllegalArgumentException("'" + master + "' is not a Spark master URL; expected " + EXPECTED);
        }
    }

    public static void requireReachable(String master) {
        requireValidUrl(master);
        if (!master.startsWith("spark://")) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Spark master URL '" + master + "' needs host:port");
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort.substring(0, colon),
                        Integer.parseInt(hostPort.substring(colon + 1))), TIMEOUT_MILLIS);
                return;
            } catch (IOException | NumberFormatException e) {
                failures.add(hostPort + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException("No Spark master reachable at " + master + ": " + String.join(", ", failures));
    }
}
