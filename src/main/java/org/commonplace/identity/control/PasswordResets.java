package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.OneTimeLink;
import org.commonplace.notify.control.MailOutbox;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;

/**
 * "Forgot your password": a link by e-mail, valid for an hour, used once. Whether an account
 * exists for the address is never revealed to the person asking.
 */
@ApplicationScoped
public class PasswordResets {
    @Inject AccountStore accounts;
    @Inject OneTimeLinks links;
    @Inject MailOutbox mail;
    @Inject Settings settings;
    @Inject PasswordHasher hasher;
    @Inject Sessions sessions;
    @Inject ApiTokens apiTokens;

    @Transactional
    public void request(String email) {
        if (email == null || email.isBlank() || email.length() > 254) return;
        accounts.byEmail(email).filter(a -> a.status() != org.commonplace.identity.entity.AccountStatus.DISABLED).ifPresent(account -> {
            String token = links.issue(OneTimeLink.Purpose.PASSWORD_RESET, account.id(), settings.passwordResetLifetime());
            mail.queue(account.email(), "Reset your Commonplace password", String.join("\n",
                    "Hello " + account.displayName() + ",",
                    "",
                    "Someone (we hope you) asked to reset the password of your Commonplace account "
                            + account.username() + ".",
                    "Choose a new password here within " + settings.passwordResetLifetime().toMinutes() + " minutes:",
                    "",
                    settings.absolute("/password-reset/" + token),
                    "",
                    "If you did not ask for this, ignore this e-mail: your password stays as it is."));
        });
    }

    /** The username a reset link is for, if the link can still be used. */
    @Transactional
    public String usernameFor(String token) {
        return accountFor(token).username();
    }

    private Account accountFor(String token) {
        OneTimeLink link = links.usable(token, OneTimeLink.Purpose.PASSWORD_RESET)
                .orElseThrow(() -> new NotVisible("valid reset link (it may have expired or been used already)"));
        return accounts.byId(link.accountId()).orElseThrow(() -> new NotVisible("account"));
    }

    /** Sets the new password, uses the link, and signs the account out everywhere. */
    @Transactional
    public void complete(String token, String newPassword) {
        Account account = accountFor(token);
        PasswordPolicy.problemWith(newPassword, account.username(), account.email())
                .ifPresent(problem -> { throw Invalid.field("password", problem); });
        account.setPasswordHash(hasher.hash(newPassword));
        links.useAll(account.id(), OneTimeLink.Purpose.PASSWORD_RESET);
        sessions.endAllOf(account.id());
        apiTokens.revokeAllOf(account.id());
    }
}
