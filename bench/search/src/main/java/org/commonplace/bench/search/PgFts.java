package org.commonplace.bench.search;

import org.commonplace.bench.forum.Options;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * The PostgreSQL full-text baseline, built the way Discourse keeps its post_search_data: one row per
 * searchable item with a tsvector (english configuration) whose parts carry weights, and a GIN index
 * on it. The rows are the same items the Lucene index holds (IndexRebuild: published resources,
 * visible threads with their opening post, visible replies), with the same weights in the same
 * order as the Lucene field boosts (title 4 → A, tags 3 → B, summary 2 → C, body 1 → D).
 *
 * <p>Visibility is the column {@code cohort_id}: NULL for a PUBLIC resource, else the cohort whose
 * members may see the item; a query adds {@code (cohort_id IS NULL OR cohort_id = ANY(:cohorts))},
 * the same rule as the Lucene visibility tokens for anonymous visitors and cohort members.
 *
 * <p>Kept in one denormalised table (Discourse joins post_search_data to posts and topics): that
 * saves PostgreSQL a join per row and so favours the baseline. Bodies are the stored Markdown, not
 * rendered text (Discourse indexes the cooked HTML, scrubbed); to_tsvector's parser drops the
 * punctuation either way.
 */
final class PgFts {
    static final String TABLE = "bench_fts_doc";

    private final Options options;

    PgFts(Options options) { this.options = options; }

    void run() throws Exception {
        try (Connection db = DriverManager.getConnection(options.require("jdbc"), options.get("user", "postgres"), "");
             Statement st = db.createStatement()) {
            db.setAutoCommit(true);
            st.execute("DROP TABLE IF EXISTS " + TABLE);
            st.execute("CREATE TABLE " + TABLE + " (kind CHAR(1) NOT NULL, item_id BIGINT NOT NULL, cohort_id BIGINT, "
                    + "tsv TSVECTOR NOT NULL)");
            long t0 = System.nanoTime();
            st.execute("INSERT INTO " + TABLE + " (kind, item_id, cohort_id, tsv) "
                    + "SELECT 'R', r.id, CASE WHEN r.visibility = 'PUBLIC' THEN NULL ELSE r.cohort_id END, "
                    + "setweight(to_tsvector('english', r.title), 'A') "
                    + "|| setweight(to_tsvector('english', coalesce((SELECT string_agg(tag, ' ') FROM resource_tag rt WHERE rt.resource_id = r.id), '')), 'B') "
                    + "|| setweight(to_tsvector('english', r.summary), 'C') "
                    + "|| setweight(to_tsvector('english', r.body), 'D') "
                    + "FROM resource r WHERE r.status = 'PUBLISHED'");
            long t1 = System.nanoTime();
            st.execute("INSERT INTO " + TABLE + " (kind, item_id, cohort_id, tsv) "
                    + "SELECT 'T', t.id, t.cohort_id, "
                    + "setweight(to_tsvector('english', t.title), 'A') "
                    + "|| setweight(to_tsvector('english', coalesce((SELECT string_agg(tag, ' ') FROM thread_tag tt WHERE tt.thread_id = t.id), '')), 'B') "
                    + "|| setweight(to_tsvector('english', coalesce(p.body, '')), 'D') "
                    + "FROM forum_thread t LEFT JOIN post p ON p.thread_id = t.id AND p.position = 1 AND NOT p.hidden AND p.deleted_at IS NULL "
                    + "WHERE NOT t.hidden");
            long t2 = System.nanoTime();
            st.execute("INSERT INTO " + TABLE + " (kind, item_id, cohort_id, tsv) "
                    + "SELECT 'P', p.id, t.cohort_id, setweight(to_tsvector('english', p.body), 'D') "
                    + "FROM post p JOIN forum_thread t ON t.id = p.thread_id "
                    + "WHERE p.position > 1 AND NOT p.hidden AND p.deleted_at IS NULL AND NOT t.hidden");
            long t3 = System.nanoTime();
            // the GIN build sorts in maintenance_work_mem; the server default (64 MB) would spill to disk
            st.execute("SET maintenance_work_mem = '" + options.get("maintenance-work-mem", "512MB") + "'");
            st.execute("CREATE INDEX " + TABLE + "_tsv ON " + TABLE + " USING GIN (tsv)");
            long t4 = System.nanoTime();
            st.execute("VACUUM (ANALYZE) " + TABLE);
            long t5 = System.nanoTime();

            Properties props = new Properties();
            Path ids = Path.of(options.require("ids"));
            if (Files.exists(ids)) try (var in = Files.newBufferedReader(ids)) { props.load(in); }
            props.setProperty("pgSecondsResources", secs(t0, t1));
            props.setProperty("pgSecondsThreads", secs(t1, t2));
            props.setProperty("pgSecondsReplies", secs(t2, t3));
            props.setProperty("pgSecondsGin", secs(t3, t4));
            props.setProperty("pgSecondsVacuum", secs(t4, t5));
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE kind = 'R'), count(*) FILTER (WHERE kind = 'T'), "
                    + "count(*) FILTER (WHERE kind = 'P'), pg_table_size('" + TABLE + "'), pg_relation_size('" + TABLE + "_tsv') FROM " + TABLE)) {
                rs.next();
                props.setProperty("pgRows", Long.toString(rs.getLong(1)));
                props.setProperty("pgRowsResources", Long.toString(rs.getLong(2)));
                props.setProperty("pgRowsThreads", Long.toString(rs.getLong(3)));
                props.setProperty("pgRowsReplies", Long.toString(rs.getLong(4)));
                props.setProperty("pgTableBytes", Long.toString(rs.getLong(5)));
                props.setProperty("pgGinBytes", Long.toString(rs.getLong(6)));
            }
            try (Writer w = Files.newBufferedWriter(ids)) { props.store(w, "written by the loaders and PgFts"); }
            System.out.printf("PostgreSQL full-text rows: %s (tsvectors %.1f s: resources %s, threads %s, replies %s; GIN index %s s; "
                            + "VACUUM (ANALYZE) %s s); table %,d bytes, GIN index %,d bytes%n", props.getProperty("pgRows"),
                    (t3 - t0) / 1e9, secs(t0, t1), secs(t1, t2), secs(t2, t3), secs(t3, t4), secs(t4, t5),
                    Long.parseLong(props.getProperty("pgTableBytes")), Long.parseLong(props.getProperty("pgGinBytes")));
        }
    }

    private static String secs(long from, long to) { return String.format(Locale.ROOT, "%.1f", (to - from) / 1e9); }
}
