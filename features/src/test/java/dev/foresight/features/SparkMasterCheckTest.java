package dev.foresight.features;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class SparkMasterCheckTest {

    @Test
    void anUnreachableStandaloneMasterFailsAtOnceNamingTheAddress() {
        assertThatThrownBy(() -> SparkMasterCheck.requireReachable("spark://127.0.0.1:1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No Spark master reachable at spark://127.0.0.1:1");
    }

    @Test
    void aListeningMasterAndLocalModePass() throws Exception {
        try (var server = new ServerSocket(0)) {
            assertThatCode(() -> SparkMasterCheck.requireReachable("spark://127.0.0.1:" + server.getLocalPort())).doesNotThrowAnyException();
        }
        assertThatCode(() -> SparkMasterCheck.requireReachable("local[2]")).doesNotThrowAnyException();
    }

    @Test
    void aMasterUrlWithoutPortIsRejected() {
        assertThatThrownBy(() -> SparkMasterCheck.requireReachable("spark://somewhere"))
                .hasMessageContaining("needs host:port");
    }
}
