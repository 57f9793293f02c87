package dev.foresight.scoring.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys: 256 random bits, shown once at creation; only their SHA-256 is stored (a fast hash is enough for keys
 * this long), so a database leak reveals no usable key. Revoked keys stop working at once on the
 * instance that revokes them and within {@code foresight.access.key-cache-ttl} on the others.
 */
@Repository
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "fsk_";

    private final JdbcClient jdbc;
    // Key checks by hash, found or not, so neither valid traffic nor a flood of bad keys costs a query per request.
    private final Cache<String, Optional<Caller>> checked;

    public ApiKeys(JdbcClient jdbc, AccessProperties properties) {
        this.jdbc = jdbc;
        this.checked = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.keyCacheTtl()).build();
    }

    /** A key as issued: the only moment its secret is known. */
    public record IssuedKey(long id, String name, Role role, String key) {
    }

    /** A key as listed: never its secret. */
    public record KeyInfo(long id, String name, Role role, String prefix, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    /** The caller a valid key stands for. */
    public record Caller(long keyId, String name, Role role) {
    }

    public IssuedKey create(String name, Role role) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("INSERT INTO api_keys (name, role, key_hash, key_prefix) VALUES (?, ?, ?, ?) RETURNING key_id")
                .params(name, role.code(), hash(key), key.substring(0, 10)).query(Long.class).single();
        checked.invalidateAll();
        return new IssuedKey(id, name, role, key);
    }

    public Optional<Caller> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return checked.get(hash(key), hash -> jdbc.sql(
                        "SELECT key_id, name, role FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash).query((rs, i) -> new Caller(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))))
                .optional());
    }

    public boolean revoke(long id) {
        boolean revoked = jdbc.sql("UPDATE api_keys SET revoked_at = now() WHERE key_id = ? AND revoked_at IS NULL")
                .param(id).update() == 1;
        checked.invalidateAll();
        return revoked;
    }

    public List<KeyInfo> list() {
        return jdbc.sql("SELECT key_id, name, role, key_prefix, created_at, revoked_at FROM api_keys ORDER BY key_id")
                .query((rs, i) -> new KeyInfo(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class))).list();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
