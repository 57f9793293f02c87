package dev.foresight.features;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"spark://somewhere", "sprak://127.0.0.1:7077", "local[0]", "local[two]", "127.0.0.1:7077", ""})
    void aValueThatIsNoMasterUrlIsRejectedWithTheFormsSparkAccepts(String master) {
        assertThatThrownBy(() -> SparkMasterCheck.requireReachable(master))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Spark master URL; expected local, local[N]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "local[*]", "local[4]", "local[2,3]", "spark://a:7077,b:7077", "yarn", "k8s://https://h:6443"})
    void everyFormSparkAcceptsIsAValidUrl(String master) {
        assertThatCode(() -> SparkMasterCheck.requireValidUrl(master)).doesNotThrowAnyException();
    }
}
