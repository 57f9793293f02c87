package dev.foresight.features;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Fails fast when no master of a standalone cluster URL ({@code spark://host:port[,host:port]}) accepts a
 * connection. Spark itself retries registration for about a minute before giving up with a vaguer message.
 */
public final class SparkMasterCheck {

    private static final int TIMEOUT_MILLIS = 3_000;

    private SparkMasterCheck() {
    }

    public static void requireReachable(String master) {
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
