package org.commonplace.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of the application in one place, read through MicroProfile Config: a system
 * property (-Dcommonplace.data.dir) wins over an environment variable (COMMONPLACE_DATA_DIR), which
 * wins over the default here. docs/configuration.md lists them all.
 */
@ApplicationScoped
public class Settings {

    @Inject @ConfigProperty(name = "commonplace.mode", defaultValue = "development")
    String mode;

    @Inject @ConfigProperty(name = "commonplace.data.dir", defaultValue = "data")
    String dataDir;

    @Inject @ConfigProperty(name = "commonplace.index.dir", defaultValue = "search-index")
    String indexDir;

    @Inject @ConfigProperty(name = "commonplace.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject @ConfigProperty(name = "commonplace.demo", defaultValue = "false")
    boolean demo;

    @Inject @ConfigProperty(name = "commonplace.proxy.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Inject @ConfigProperty(name = "commonplace.bootstrap.coordinator-email")
    Optional<String> bootstrapCoordinatorEmail;

    @Inject @ConfigProperty(name = "commonplace.theme", defaultValue = "default")
    String theme;

    @Inject @ConfigProperty(name = "commonplace.themes.dir")
    Optional<String> themesDir;

    @Inject @ConfigProperty(name = "commonplace.limits.body-bytes", defaultValue = "1048576")
    long bodyLimitBytes;

    @Inject @ConfigProperty(name = "commonplace.limits.avatar-bytes", defaultValue = "2097152")
    long avatarLimitBytes;

    @Inject @ConfigProperty(name = "commonplace.session.idle-hours", defaultValue = "72")
    long sessionIdleHours;

    @Inject @ConfigProperty(name = "commonplace.token.days", defaultValue = "30")
    long tokenDays;

    @Inject @ConfigProperty(name = "commonplace.invitation.days", defaultValue = "7")
    long invitationDays;

    @Inject @ConfigProperty(name = "commonplace.password-reset.minutes", defaultValue = "60")
    long passwordResetMinutes;

    @Inject @ConfigProperty(name = "commonplace.signin.max-failures", defaultValue = "5")
    int signInMaxFailures;

    @Inject @ConfigProperty(name = "commonplace.signin.window-minutes", defaultValue = "15")
    long signInWindowMinutes;

    @Inject @ConfigProperty(name = "commonplace.smtp.host", defaultValue = "localhost")
    String smtpHost;

    @Inject @ConfigProperty(name = "commonplace.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject @ConfigProperty(name = "commonplace.smtp.user")
    Optional<String> smtpUser;

    @Inject @ConfigProperty(name = "commonplace.smtp.password")
    Optional<String> smtpPassword;

    @Inject @ConfigProperty(name = "commonplace.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject @ConfigProperty(name = "commonplace.mail.from", defaultValue = "Commonplace <no-reply@localhost>")
    String mailFrom;

    public boolean production() { return "production".equalsIgnoreCase(mode); }
    public String mode() { return mode; }
    public Path dataDir() { return Path.of(dataDir); }
    public Path indexDir() { return Path.of(indexDir); }
    public URI baseUrl() { return URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl); }
    public String absolute(String path) { return baseUrl() + path; }
    public boolean demo() { return demo; }
    /** Behind a reverse proxy, the client's address is the last one the proxy adds to X-Forwarded-For. */
    public boolean trustForwardedFor() { return trustForwardedFor; }
    /** Who becomes the first coordinator of an empty installation (invited by e-mail at start-up). */
    public Optional<String> bootstrapCoordinatorEmail() { return bootstrapCoordinatorEmail.filter(s -> !s.isBlank()); }
    public String theme() { return theme; }
    public Optional<Path> themesDir() { return themesDir.filter(s -> !s.isBlank()).map(Path::of); }
    public long bodyLimitBytes() { return bodyLimitBytes; }
    public long avatarLimitBytes() { return avatarLimitBytes; }
    public Duration sessionIdle() { return Duration.ofHours(sessionIdleHours); }
    public Duration tokenLifetime() { return Duration.ofDays(tokenDays); }
    public Duration invitationLifetime() { return Duration.ofDays(invitationDays); }
    public Duration passwordResetLifetime() { return Duration.ofMinutes(passwordResetMinutes); }
    public int signInMaxFailures() { return signInMaxFailures; }
    public Duration signInWindow() { return Duration.ofMinutes(signInWindowMinutes); }
    public String smtpHost() { return smtpHost; }
    public int smtpPort() { return smtpPort; }
    public Optional<String> smtpUser() { return smtpUser.filter(s -> !s.isBlank()); }
    public Optional<String> smtpPassword() { return smtpPassword; }
    public boolean smtpStartTls() { return smtpStartTls; }
    public String mailFrom() { return mailFrom; }
    /** Cookies get the Secure flag when the public address is HTTPS. */
    public boolean secureCookies() { return "https".equalsIgnoreCase(baseUrl().getScheme()); }
}
