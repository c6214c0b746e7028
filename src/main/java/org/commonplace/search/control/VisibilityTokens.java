package org.commonplace.search.control;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.commonplace.access.Viewer;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may see an indexed item, written into its document as tokens, and the same rule as a query
 * clause for a viewer. A document matches a viewer when they share a token, so visibility is part
 * of the Lucene query itself: totals, facet counts and pages never include what the viewer may
 * not see. Mirrors Access (maySeeCohort, maySeeResource); SearchVisibilityIT holds them together.
 */
public final class VisibilityTokens {
    public static final String FIELD = "visible_to";
    static final String PUBLIC = "public";
    /** Coordinators see every cohort's boards and resources and every draft (not pair workspaces). */
    static final String COORDINATORS = "coordinators";

    private VisibilityTokens() { }

    static List<String> everyone() {
        return List.of(PUBLIC);
    }

    static List<String> cohort(long cohortId) {
        return List.of("cohort:" + cohortId, COORDINATORS);
    }

    /** Exactly this person (pair workspace items name each member; no coordinator token). */
    static String account(long accountId) {
        return "account:" + accountId;
    }

    static List<String> draftOf(long authorId) {
        return List.of("account:" + authorId, COORDINATORS);
    }

    static List<String> of(Viewer viewer) {
        List<String> tokens = new ArrayList<>();
        tokens.add(PUBLIC);
        if (!viewer.signedIn()) return tokens;
        tokens.add("account:" + viewer.accountId());
        for (Long cohort : viewer.cohortIds()) tokens.add("cohort:" + cohort);
        if (viewer.isCoordinator()) tokens.add(COORDINATORS);
        return tokens;
    }

    /** The clause every search adds as a FILTER. */
    public static Query clauseFor(Viewer viewer) {
        return new TermInSetQuery(FIELD, of(viewer).stream().map(BytesRef::new).toList());
    }

    static Term term(String token) {
        return new Term(FIELD, token);
    }
}
