package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.platform.jobs.JobLeases;

import java.time.Instant;
import java.util.List;

/** What coordinators see of the search index, and their "rebuild" button. */
@ApplicationScoped
public class SearchStatus {
    /**
     * This node (live figures) and every node that reported lately (from search_node_status).
     * searches: this node's search turns (SearchAdmission) at this moment; each node's turns as it
     * last reported them are in nodes.
     */
    public record Overview(String node, String state, long documents, long appliedThrough, long outboxLatest,
                           long rebuildDone, long rebuildTotal, Instant builtAt, Instant rebuildRequestedAt,
                           SearchAdmission.Load searches, List<OutboxReader.NodeStatus> nodes) {
        public int rebuildPercent() {
            return rebuildTotal == 0 ? 0 : (int) Math.min(100, rebuildDone * 100 / rebuildTotal);
        }
        public boolean rebuilding() { return "REBUILDING".equals(state); }
    }

    @Inject Access access;
    @Inject SearchIndex index;
    @Inject IndexRebuild rebuild;
    @Inject IndexFeeder feeder;
    @Inject OutboxReader outbox;
    @Inject JobLeases leases;
    @Inject SearchAdmission admission;

    public Overview overview(Viewer viewer) {
        access.requireCoordinator(viewer);
        Instant requested = outbox.rebuildRequestedAt();
        // a request newer than this node's index means the rebuild is about to start here
        boolean pending = requested != null && requested.isAfter(index.builtAt());
        String state = rebuild.running() || pending ? "REBUILDING" : index.writable() ? "CURRENT"
                : index.open() ? "READ_ONLY" : "EMPTY";
        return new Overview(leases.node(), state, index.documents(), feeder.appliedThrough(), outbox.latestId(),
                rebuild.done(), rebuild.total(), index.builtAt(), requested, admission.load(), outbox.nodes(Instant.now()));
    }

    public void requestRebuild(Viewer viewer) {
        access.requireCoordinator(viewer);
        outbox.requestRebuild(viewer.accountId(), Instant.now());
    }
}
