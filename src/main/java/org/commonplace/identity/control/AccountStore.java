package org.commonplace.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Role;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.AccountStatus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds accounts. Joins the caller's transaction; never opens one. */
@ApplicationScoped
public class AccountStore {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** What a Viewer is made of: who the account is, its role and organisation. */
    public record ViewerFacts(long id, String username, String displayName, Role role, Long organisationId) { }

    /**
     * The facts of an account that may sign in, in one statement. Read on every signed-in request
     * (session or bearer token), where loading the entity took a second statement for its
     * organisation, of which only the id is needed.
     */
    public Optional<ViewerFacts> viewerFacts(long id) {
        List<Object[]> rows = em.createQuery("select a.id, a.username, a.displayName, a.role, o.id, a.status, a.passwordHash"
                        + " from Account a left join a.organisation o where a.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        return rows.stream()
                .filter(r -> Account.canSignIn((AccountStatus) r[5], (String) r[6]))
                .map(r -> new ViewerFacts((Long) r[0], (String) r[1], (String) r[2], (Role) r[3], (Long) r[4]))
                .findFirst();
    }

    /** By username or e-mail address, case-insensitively: people type either. */
    public Optional<Account> byLogin(String login) {
        if (login == null || login.isBlank()) return Optional.empty();
        String key = login.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select a from Account a where a.username = :key or a.email = :key", Account.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Optional<Account> byEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public boolean usernameTaken(String username) {
        return !em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean handleTakenByOther(String handle, long accountId) {
        return !em.createQuery("select a.id from Account a where lower(a.publicHandle) = :h and a.id <> :id", Long.class)
                .setParameter("h", handle.toLowerCase(Locale.ROOT)).setParameter("id", accountId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Long> cohortIdsOf(long accountId) {
        return em.createQuery("select m.cohortId from CohortMembership m where m.accountId = :a order by m.cohortId", Long.class)
                .setParameter("a", accountId).getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }

    /** Makes generated ids of new accounts available. */
    public void flush() {
        em.flush();
    }

    /** A username free to use, made from the wanted one: "maria", then "maria2", "maria3" … */
    public String freeUsername(String wanted) {
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) base = (base + "member").substring(0, Math.max(3, Math.min(base.length() + 6, 30)));
        if (base.length() > 30) base = base.substring(0, 30);
        String candidate = base;
        for (int n = 2; usernameTaken(candidate); n++) candidate = base + n;
        return candidate;
    }
}
