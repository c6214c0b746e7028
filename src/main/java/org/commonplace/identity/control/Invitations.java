package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonplace.access.Access;
import org.commonplace.access.Role;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.Programmes;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.cohort.entity.Organisation;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.OneTimeLink;
import org.commonplace.notify.control.MailOutbox;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.problem.Problem;
import org.commonplace.platform.time.AppClock;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A coordinator invites people by e-mail, one at a time or as a CSV file. Each invitee gets an
 * account that cannot sign in yet and a link, valid for a week by default, to choose a password.
 * A CSV file is checked whole first: one bad row and nobody is invited.
 */
@ApplicationScoped
public class Invitations {
    public static final int MAX_ROWS = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    /** One person to invite; organisation only for partner members; cohorts by slug or name. */
    public record NewInvitee(String email, String displayName, Role role, String organisation, List<String> cohorts) { }

    public record Invited(long accountId, String username, String email) { }

    @Inject Access access;
    @Inject AccountStore accounts;
    @Inject Programmes programmes;
    @Inject OneTimeLinks links;
    @Inject MailOutbox mail;
    @Inject Settings settings;
    @Inject AppClock clock;
    @Inject PasswordHasher hasher;

    @Transactional
    public Invited invite(Viewer viewer, NewInvitee invitee) {
        access.requireCoordinator(viewer);
        List<Problem.FieldError> errors = check(invitee, "", new HashSet<>());
        if (!errors.isEmpty()) throw new Invalid(errors);
        return create(viewer, invitee);
    }

    @Transactional
    public List<Invited> inviteFromCsv(Viewer viewer, Reader csv) {
        access.requireCoordinator(viewer);
        List<NewInvitee> invitees = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).build().parse(csv)) {
            for (String required : List.of("email", "display_name", "role")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw Invalid.field("file", "The CSV file needs a header row with the columns email, display_name, role, organisation, cohorts.");
                }
            }
            for (CSVRecord row : parser) {
                if (invitees.size() >= MAX_ROWS) {
                    throw Invalid.field("file", "Invite at most " + MAX_ROWS + " people per file.");
                }
                String prefix = "row " + (row.getRecordNumber() + 1) + ": ";
                Role role = parseRole(get(row, "role"));
                NewInvitee invitee = new NewInvitee(get(row, "email"), get(row, "display_name"), role, get(row, "organisation"),
                        splitCohorts(get(row, "cohorts")));
                if (role == null) errors.add(new Problem.FieldError(prefix + "role", "Use coordinator, mentor or partner."));
                errors.addAll(check(invitee, prefix, seen));
                invitees.add(invitee);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw Invalid.field("file", "The file could not be read as CSV: " + e.getMessage());
        }
        if (invitees.isEmpty()) errors.add(new Problem.FieldError("file", "The file has no one to invite."));
        if (!errors.isEmpty()) throw new Invalid(errors);
        return invitees.stream().map(i -> create(viewer, i)).toList();
    }

    /**
     * Invites a coordinator named by configuration unless an account has that address already:
     * how an empty production installation gets its first coordinator.
     */
    @Transactional
    public boolean inviteConfiguredCoordinator(String email) {
        if (accounts.byEmail(email).isPresent()) return false;
        NewInvitee coordinator = new NewInvitee(email, "Coordinator", Role.COORDINATOR, null, List.of());
        List<Problem.FieldError> errors = check(coordinator, "", new HashSet<>());
        if (!errors.isEmpty()) throw new Invalid(errors);
        create(new Viewer(null, "commonplace", "Commonplace", Role.COORDINATOR, null, Set.of()), coordinator);
        return true;
    }

    /** Who an invitation link is for, as its page shows them. */
    public record Invitee(String username, String displayName, String role) { }

    /** The invitee of a link that can still be used. */
    @Transactional
    public Invitee inviteeFor(String token) {
        Account account = accountFor(token);
        return new Invitee(account.username(), account.displayName(), account.role().label());
    }

    private Account accountFor(String token) {
        OneTimeLink link = links.usable(token, OneTimeLink.Purpose.INVITATION)
                .orElseThrow(() -> new NotVisible("open invitation (it may have expired or been used already)"));
        return accounts.byId(link.accountId()).orElseThrow(() -> new NotVisible("account"));
    }

    /** The invitee chooses a password (and may change the display name); the account becomes active. */
    @Transactional
    public long accept(String token, String displayName, String password) {
        Account account = accountFor(token);
        new Invalid.Collector()
                .check(displayName == null || displayName.strip().length() <= 100, "displayName", "Keep your name under 100 characters.")
                .throwIfAny();
        PasswordPolicy.problemWith(password, account.username(), account.email())
                .ifPresent(problem -> { throw Invalid.field("password", problem); });
        if (displayName != null && !displayName.isBlank()) {
            account.updateProfile(displayName.strip(), account.publicHandle(), account.languages(), account.timeZone(),
                    account.bio(), account.mailFrequency());
        }
        account.setPasswordHash(hasher.hash(password));
        links.useAll(account.id(), OneTimeLink.Purpose.INVITATION);
        return account.id();
    }

    private Invited create(Viewer inviter, NewInvitee invitee) {
        Organisation organisation = null;
        if (invitee.role() == Role.PARTNER) {
            organisation = programmes.organisationNamed(invitee.organisation()).orElse(null);
            if (organisation == null) {
                programmes.createOrganisation(inviter, invitee.organisation().strip(), false);
                organisation = programmes.organisationNamed(invitee.organisation()).orElseThrow();
            }
        }
        String email = invitee.email().strip().toLowerCase(Locale.ROOT);
        Account account = new Account(accounts.freeUsername(email.substring(0, email.indexOf('@'))), email,
                invitee.displayName().strip(), invitee.role(), organisation, clock.now());
        accounts.add(account);
        accounts.flush();
        List<String> cohortNames = new ArrayList<>();
        for (String key : invitee.cohorts()) {
            Cohort cohort = programmes.cohortBySlugOrName(key).orElseThrow();
            programmes.join(cohort.id(), account.id());
            cohortNames.add(cohort.name());
        }
        String token = links.issue(OneTimeLink.Purpose.INVITATION, account.id(), settings.invitationLifetime());
        mail.queue(account.email(), "You are invited to Commonplace", String.join("\n",
                "Hello " + account.displayName() + ",",
                "",
                inviter.displayName() + " invites you to Commonplace"
                        + (cohortNames.isEmpty() ? "" : ", to join " + String.join(", ", cohortNames)) + ".",
                "Your username is " + account.username() + ". Choose your password here within "
                        + settings.invitationLifetime().toDays() + " days:",
                "",
                settings.absolute("/invitation/" + token),
                "",
                "If you were not expecting this, you can ignore this e-mail."));
        return new Invited(account.id(), account.username(), account.email());
    }

    private List<Problem.FieldError> check(NewInvitee invitee, String prefix, Set<String> seenEmails) {
        List<Problem.FieldError> list = new ArrayList<>();
        String email = invitee.email() == null ? "" : invitee.email().strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            list.add(new Problem.FieldError(prefix + "email", "Give a valid e-mail address."));
        } else if (accounts.byEmail(email).isPresent()) {
            list.add(new Problem.FieldError(prefix + "email", email + " has an account already."));
        } else if (!seenEmails.add(email)) {
            list.add(new Problem.FieldError(prefix + "email", email + " appears twice."));
        }
        if (invitee.displayName() == null || invitee.displayName().isBlank()) {
            list.add(new Problem.FieldError(prefix + "displayName", "Give the person's name."));
        } else if (invitee.displayName().strip().length() > 100) {
            list.add(new Problem.FieldError(prefix + "displayName", "Keep the name under 100 characters."));
        }
        if (invitee.role() == null && prefix.isEmpty()) {
            list.add(new Problem.FieldError("role", "Choose coordinator, mentor or partner member."));
        }
        if (invitee.role() == Role.PARTNER && (invitee.organisation() == null || invitee.organisation().isBlank())) {
            list.add(new Problem.FieldError(prefix + "organisation", "A partner member belongs to an organisation: name it."));
        }
        for (String key : invitee.cohorts()) {
            if (programmes.cohortBySlugOrName(key).isEmpty()) {
                list.add(new Problem.FieldError(prefix + "cohorts", "There is no cohort called " + key + "."));
            }
        }
        return list;
    }

    public static Role parseRole(String text) {
        if (text == null) return null;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "coordinator" -> Role.COORDINATOR;
            case "mentor" -> Role.MENTOR;
            case "partner", "partner member", "partner_member" -> Role.PARTNER;
            default -> null;
        };
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
    }

    public static List<String> splitCohorts(String text) {
        if (text == null || text.isBlank()) return List.of();
        return List.of(text.split("[;|]")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
