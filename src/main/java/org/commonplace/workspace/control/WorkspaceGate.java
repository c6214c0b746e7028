package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.entity.Programme;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.entity.AuditEntry;
import org.commonplace.workspace.entity.Workspace;
import org.commonplace.workspace.entity.WorkspaceMember;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The door of every workspace use case: it answers 404 to everyone who may not read the workspace
 * (also to anonymous callers, so that nobody can probe which ids exist), records every coordinator
 * read in the audit log, and lets only members write while the workspace is active. Joins the
 * caller's transaction, so an audit entry is written together with what was read.
 */
@ApplicationScoped
public class WorkspaceGate {
    /** A workspace the viewer may read, with its members (account id → display name and side). */
    public record Opened(Workspace workspace, List<WorkspaceMember> members, Map<Long, String> names, boolean member) {
        public long id() { return workspace.id(); }

        public Optional<WorkspaceMember.Side> sideOf(long accountId) {
            return members.stream().filter(m -> m.accountId() == accountId).map(WorkspaceMember::side).findFirst();
        }

        public String nameOf(long accountId) { return names.getOrDefault(accountId, "former member"); }

        public List<Long> otherMembers(long accountId) {
            return members.stream().map(WorkspaceMember::accountId).filter(a -> a != accountId).toList();
        }
    }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;

    /** The workspace for reading; {@code what} names the part a coordinator opened, for the audit log. */
    public Opened read(Viewer viewer, long workspaceId, String what) {
        Opened opened = find(viewer, workspaceId);
        Workspace w = opened.workspace();
        boolean coordinatorsMayRead = !opened.member() && viewer.isCoordinator() && coordinatorsMayRead(w.programmeId());
        if (!access.mayReadWorkspace(viewer, opened.member(), w.readableByMembers(clock.now()), coordinatorsMayRead)) {
            throw new NotVisible("workspace");
        }
        if (!opened.member()) em.persist(new AuditEntry(w.id(), viewer.accountId(), "COORDINATOR_READ", what, clock.now()));
        return opened;
    }

    /** The workspace for a change: members only (403 for a reading coordinator), and not once archived (409). */
    public Opened write(Viewer viewer, long workspaceId) {
        Opened opened = find(viewer, workspaceId);
        Workspace w = opened.workspace();
        if (access.mayWriteInWorkspace(viewer, opened.member(), w.active())) return opened;
        if (opened.member() && w.readableByMembers(clock.now())) {
            throw new Conflict("This workspace is archived: it can be read and downloaded, but no longer changed.");
        }
        if (!opened.member() && viewer.isCoordinator() && coordinatorsMayRead(w.programmeId())) {
            throw new NotAllowed("Coordinators may read this workspace, but only the pair writes in it.");
        }
        throw new NotVisible("workspace");
    }

    /** Whether the viewer is a member of the workspace, without auditing (for lists and search). */
    public boolean isMember(long accountId, long workspaceId) {
        return em.find(WorkspaceMember.class, new WorkspaceMember.Key(workspaceId, accountId)) != null;
    }

    public boolean coordinatorsMayRead(long programmeId) {
        Programme programme = em.find(Programme.class, programmeId);
        return programme != null && programme.coordinatorsReadWorkspaces();
    }

    private Opened find(Viewer viewer, long workspaceId) {
        if (!viewer.signedIn()) throw new NotVisible("workspace");
        Workspace w = em.find(Workspace.class, workspaceId);
        if (w == null) throw new NotVisible("workspace");
        List<WorkspaceMember> members = em.createQuery("select m from WorkspaceMember m where m.workspaceId = :w"
                + " order by m.side, m.joinedAt", WorkspaceMember.class).setParameter("w", workspaceId).getResultList();
        boolean member = members.stream().anyMatch(m -> m.accountId() == viewer.accountId());
        return new Opened(w, members, names(members.stream().map(WorkspaceMember::accountId).toList()), member);
    }

    /** Display names of accounts, in one query. */
    public Map<Long, String> names(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
