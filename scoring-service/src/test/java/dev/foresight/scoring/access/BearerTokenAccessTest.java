package dev.foresight.scoring.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.foresight.scoring.ApiClient;
import dev.foresight.scoring.ScoringApiTestSupport;
import dev.foresight.scoring.TestModels;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** OAuth2 bearer tokens (JWT, RS256) from a configured issuer key, next to API keys, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "foresight.embedded-database.data-directory=target/pg-jwt-test",
        "foresight.embedded-database.clean=true",
        "foresight.embedded-database.port=0",
        "foresight.scoring.champion-refresh=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerTokenAccessTest extends ScoringApiTestSupport {

    private static final RSAKey ISSUER = generateKey();

    @DynamicPropertySource
    static void issuerPublicKey(DynamicPropertyRegistry properties) throws Exception {
        Path pem = Files.createTempFile("issuer", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ISSUER.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Override
    protected Role role() {
        return Role.DATA_SCIENTIST;
    }

    @BeforeAll
    void championsAndOneCustomer() {
        TestModels.publishChampionsAndCustomerC1(registry, champions, jdbc);
    }

    @Test
    void aSalesTokenReachesUpsellScoresButNotChurnAlerts() throws Exception {
        String token = token(ISSUER, List.of("sales"), Instant.now().plusSeconds(300));
        assertThat(call("/api/v1/scores/upsell", token).statusCode()).isEqualTo(200);
        assertThat(call("/api/v1/alerts/churn", token).statusCode()).isEqualTo(403);
        var predictions = JSON.readTree(call("/api/v1/customers/C1/predictions", token).body()).get("predictions");
        assertThat(predictions.propertyNames()).containsExactly("upsell");
    }

    @Test
    void aTokenWithSeveralRolesSeesWhatEachMay() throws Exception {
        String token = token(ISSUER, List.of("sales", "retention", "some-other-app-role"), Instant.now().plusSeconds(300));
        var predictions = JSON.readTree(call("/api/v1/customers/C1/predictions", token).body()).get("predictions");
        assertThat(predictions.propertyNames()).containsExactlyInAnyOrder("churn", "upsell");
        assertThat(call("/api/v1/alerts/churn", token).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredForgedAndMalformedTokensGetAnUnauthenticatedProblem() throws Exception {
        for (String token : List.of(token(ISSUER, List.of("sales"), Instant.now().minusSeconds(120)),
                token(generateKey(), List.of("sales"), Instant.now().plusSeconds(300)), "not.a.jwt")) {
            HttpResponse<String> response = call("/api/v1/scores/upsell", token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("UNAUTHENTICATED");
        }
    }

    @Test
    void aTokenWithoutForesightRolesIsForbidden() throws Exception {
        String token = token(ISSUER, List.of("billing-admin"), Instant.now().plusSeconds(300));
        assertThat(call("/api/v1/scores/upsell", token).statusCode()).isEqualTo(403);
    }

    @Test
    void apiKeysStillWorkWhenSentAsBearerTokens() throws Exception {
        String key = keys.create("bearer-key", Role.SALES).key();
        assertThat(call("/api/v1/scores/upsell", key).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/models").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> call(String path, String bearer) throws Exception {
        var anonymous = new ApiClient(port, null);
        return anonymous.send(anonymous.request(path).header("Authorization", "Bearer " + bearer).GET().build());
    }

    private static String token(RSAKey key, List<String> roles, Instant expires) throws JOSEException {
        var claims = new JWTClaimsSet.Builder().subject("crm-web").claim("roles", roles)
                .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires)).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("k" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
