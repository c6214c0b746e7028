package org.commonplace.identity.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * At least 10 characters, at most 200, and not one of the 10,000 most common passwords
 * (SecLists, CC BY-SA 3.0, shipped as passwords/common-passwords.txt; see docs/licences.md).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() { }

    /** The reason a password is refused, in words for the person choosing it; empty if it is fine. */
    public static Optional<String> problemWith(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Choose a password of at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is one of the most common passwords. Choose another.");
        }
        for (String word : personalWords) {
            if (word != null && word.length() >= 3 && lower.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of("Do not use your username or e-mail address as your password.");
            }
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(12_000);
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream("passwords/common-passwords.txt")) {
            if (in == null) throw new IllegalStateException("passwords/common-passwords.txt is missing from the build");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) words.add(line.strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
