package org.commonplace.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Reply by e-mail: notification mails carry Reply-To: the configured mailbox, and a signed
 * reference in the subject; {@link ReplyByMail} reads the mailbox over IMAP. Without a reply
 * address and an IMAP host the feature is off.
 */
@ApplicationScoped
public class ReplyAddresses {
    @Inject @ConfigProperty(name = "commonplace.mail.reply-address")
    Optional<String> replyAddress;

    @Inject @ConfigProperty(name = "commonplace.imap.host")
    Optional<String> imapHost;

    @Inject @ConfigProperty(name = "commonplace.imap.port", defaultValue = "993")
    int imapPort;

    @Inject @ConfigProperty(name = "commonplace.imap.ssl", defaultValue = "true")
    boolean imapSsl;

    @Inject @ConfigProperty(name = "commonplace.imap.user")
    Optional<String> imapUser;

    @Inject @ConfigProperty(name = "commonplace.imap.password")
    Optional<String> imapPassword;

    @Inject @ConfigProperty(name = "commonplace.imap.poll-seconds", defaultValue = "10")
    long pollSeconds;

    public boolean enabled() {
        return replyAddress.filter(s -> !s.isBlank()).isPresent() && imapHost.filter(s -> !s.isBlank()).isPresent();
    }

    public String address() { return enabled() ? replyAddress.get() : null; }
    public String imapHost() { return imapHost.orElse(null); }
    public int imapPort() { return imapPort; }
    public boolean imapSsl() { return imapSsl; }
    public String imapUser() { return imapUser.orElse(address()); }
    public String imapPassword() { return imapPassword.orElse(""); }
    public long pollSeconds() { return pollSeconds; }
}
