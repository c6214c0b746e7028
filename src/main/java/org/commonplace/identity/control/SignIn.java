package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.identity.entity.Account;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username (or e-mail) and password. The answer for an unknown account and for a wrong
 * password is the same and takes the same time. The outcome is returned rather than thrown so
 * that the failed attempt is committed and counts towards throttling.
 */
@ApplicationScoped
public class SignIn {
    public sealed interface Outcome permits Success, Failure, Throttled { }
    public record Success(long accountId) implements Outcome { }
    public record Failure() implements Outcome { }
    public record Throttled(Duration retryAfter) implements Outcome { }

    @Inject AccountStore accounts;
    @Inject PasswordHasher hasher;
    @Inject SignInThrottle throttle;
    @Inject AppClock clock;

    @Transactional
    public Outcome attempt(String login, String password, String address) {
        var now = clock.now();
        Optional<Duration> wait = throttle.waitBefore(login, address, now);
        if (wait.isPresent()) return new Throttled(wait.get());

        Optional<Account> account = accounts.byLogin(login);
        boolean passwordMatches = hasher.matches(password == null ? "" : password,
                account.map(Account::passwordHash).orElse(null));
        boolean ok = passwordMatches && account.get().canSignIn();
        throttle.record(login, address, now, ok);
        return ok ? new Success(account.get().id()) : new Failure();
    }
}
