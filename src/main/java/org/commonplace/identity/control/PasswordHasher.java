package org.commonplace.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Passwords are hashed with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations by default,
 * 32-byte salt), the platform's own implementation (docs/decisions/0002-password-hashing.md). The
 * stored form carries its own parameters, so raising the iteration count later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {
    @Inject Pbkdf2PasswordHash pbkdf2;

    @Inject @ConfigProperty(name = "commonplace.password.iterations", defaultValue = "210000")
    int iterations;

    /** Compared against when the account does not exist, so both cases take the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy password that matches nothing".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    }
}
