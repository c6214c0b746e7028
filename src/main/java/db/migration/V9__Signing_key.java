package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.util.Base64;

/**
 * Generates the key that signs unsubscribe links and reply references, once per installation, in
 * Java because H2 and PostgreSQL share no SQL function for random bytes. Flyway's lock makes it
 * happen once even when several nodes start together.
 */
public class V9__Signing_key extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO app_secret (name, secret_value) VALUES ('signing-key', ?)")) {
            insert.setString(1, Base64.getEncoder().encodeToString(key));
            insert.executeUpdate();
        }
    }
}
