package org.commonplace.identity;

import org.commonplace.identity.control.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {
    @Test
    void a_password_needs_at_least_ten_characters() {
        assertThat(PasswordPolicy.problemWith("nine char")).hasValueSatisfying(m -> assertThat(m).contains("at least 10"));
        assertThat(PasswordPolicy.problemWith(null)).isPresent();
        assertThat(PasswordPolicy.problemWith("ten chars!")).isEmpty();
    }

    @Test
    void characters_are_counted_as_people_see_them() {
        // ten emoji are twenty UTF-16 units but ten characters
        assertThat(PasswordPolicy.problemWith("🙂".repeat(9))).isPresent();
        assertThat(PasswordPolicy.problemWith("🙂".repeat(10))).isEmpty();
    }

    @Test
    void the_most_common_passwords_are_refused_whatever_their_case() {
        assertThat(PasswordPolicy.problemWith("qwertyuiop")).hasValueSatisfying(m -> assertThat(m).contains("common"));
        assertThat(PasswordPolicy.problemWith("QwertyUIOP")).isPresent();
        assertThat(PasswordPolicy.problemWith("1234567890")).isPresent();
    }

    @Test
    void the_username_or_email_is_not_a_password() {
        assertThat(PasswordPolicy.problemWith("maria.lopez@example.org", "maria", "maria.lopez@example.org")).isPresent();
        assertThat(PasswordPolicy.problemWith("a river of lentils", "maria", "maria@example.org")).isEmpty();
    }

    @Test
    void very_long_passwords_are_refused_before_hashing() {
        assertThat(PasswordPolicy.problemWith("x".repeat(201))).isPresent();
    }
}
