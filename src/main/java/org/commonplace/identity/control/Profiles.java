package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.MailFrequency;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.problem.TooLarge;
import org.commonplace.platform.problem.UnsupportedType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person's own profile: names, languages, time zone, bio, avatar, how often to be e-mailed. */
@ApplicationScoped
public class Profiles {
    private static final Pattern HANDLE = Pattern.compile("^[A-Za-z0-9_.-]{3,40}$");

    public record Profile(long id, String username, String email, String displayName, String publicHandle,
                          String languages, String timeZone, String bio, MailFrequency mailFrequency,
                          boolean hasAvatar, String role, String organisation) { }

    public record ProfileChange(String displayName, String publicHandle, String languages, String timeZone,
                                String bio, String mailFrequency) { }

    public record Avatar(Path file, String contentType) { }

    @Inject Access access;
    @Inject AccountStore accounts;
    @Inject Settings settings;

    @Transactional
    public Profile of(Viewer viewer) {
        access.requireSignedIn(viewer);
        return profile(accounts.byId(viewer.accountId()).orElseThrow());
    }

    @Transactional
    public Profile update(Viewer viewer, ProfileChange change) {
        access.requireSignedIn(viewer);
        Account account = accounts.byId(viewer.accountId()).orElseThrow();
        String handle = blankToNull(change.publicHandle());
        Invalid.Collector errors = new Invalid.Collector()
                .check(change.displayName() != null && !change.displayName().isBlank(), "displayName", "Give your name.")
                .check(change.displayName() == null || change.displayName().strip().length() <= 100, "displayName", "Keep your name under 100 characters.")
                .check(handle == null || HANDLE.matcher(handle).matches(), "publicHandle", "A public handle has 3 to 40 letters, digits, dots, dashes or underscores.")
                .check(change.languages() == null || change.languages().length() <= 200, "languages", "Keep the languages under 200 characters.")
                .check(change.bio() == null || change.bio().length() <= 1000, "bio", "Keep your bio under 1,000 characters.")
                .check(validZone(change.timeZone()), "timeZone", "Choose a time zone from the list, e.g. Europe/Budapest.")
                .check(frequency(change.mailFrequency()).isPresent(), "mailFrequency", "Choose immediately, daily digest or never.");
        if (handle != null && HANDLE.matcher(handle).matches() && accounts.handleTakenByOther(handle, account.id())) {
            errors.add("publicHandle", "Someone else uses this handle already.");
        }
        errors.throwIfAny();
        account.updateProfile(change.displayName().strip(), handle, blankToNull(change.languages()), change.timeZone().strip(),
                blankToNull(change.bio()), frequency(change.mailFrequency()).orElseThrow());
        return profile(account);
    }

    /**
     * Stores a new avatar. The type is taken from the file's first bytes, not its name; only PNG,
     * JPEG, GIF and WebP are accepted, up to the avatar limit.
     */
    @Transactional
    public void setAvatar(Viewer viewer, byte[] content) {
        access.requireSignedIn(viewer);
        if (content.length == 0) throw Invalid.field("avatar", "Choose an image file.");
        if (content.length > settings.avatarLimitBytes()) throw new TooLarge(settings.avatarLimitBytes());
        String type = imageType(content).orElseThrow(() ->
                new UnsupportedType("An avatar must be a PNG, JPEG, GIF or WebP image."));
        Account account = accounts.byId(viewer.accountId()).orElseThrow();
        Path dir = settings.dataDir().resolve("avatars");
        String name = account.id() + "-" + SecretTokens.newToken().substring(0, 12);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            if (account.avatarFile() != null) Files.deleteIfExists(dir.resolve(account.avatarFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        account.setAvatar(name, type);
    }

    /**
     * A picture is shown to the person, to coordinators and to people who share a cohort with
     * them: identities are not public, and not even every member sees every other member.
     */
    @Transactional
    public Avatar avatarOf(Viewer viewer, long accountId) {
        if (!viewer.signedIn()) throw new NotVisible("picture");
        boolean mayRecognise = viewer.isCoordinator() || viewer.accountId() == accountId
                || accounts.cohortIdsOf(accountId).stream().anyMatch(viewer::belongsTo);
        if (!mayRecognise) throw new NotVisible("picture");
        Account account = accounts.byId(accountId).filter(a -> a.avatarFile() != null)
                .orElseThrow(() -> new NotVisible("picture"));
        return new Avatar(settings.dataDir().resolve("avatars").resolve(account.avatarFile()), account.avatarType());
    }

    static Optional<String> imageType(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of("image/png");
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return Optional.of("image/jpeg");
        if (startsWith(b, 'G', 'I', 'F', '8')) return Optional.of("image/gif");
        if (b.length >= 12 && startsWith(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((content[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static Profile profile(Account a) {
        return new Profile(a.id(), a.username(), a.email(), a.displayName(), a.publicHandle(), a.languages(), a.timeZone(),
                a.bio(), a.mailFrequency(), a.avatarFile() != null, a.role().label(),
                a.organisation() == null ? null : a.organisation().name());
    }

    private static boolean validZone(String zone) {
        if (zone == null || zone.isBlank()) return false;
        try {
            ZoneId.of(zone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static Optional<MailFrequency> frequency(String value) {
        if (value == null) return Optional.empty();
        return Arrays.stream(MailFrequency.values()).filter(f -> f.name().equals(value.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
