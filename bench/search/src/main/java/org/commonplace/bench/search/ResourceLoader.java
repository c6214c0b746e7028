package org.commonplace.bench.search;

import org.commonplace.bench.forum.DataLoader;
import org.commonplace.bench.forum.SampleText;
import org.commonplace.bench.forum.Options;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

/**
 * Adds {@code --resources} published library resources, written with COPY like the forum posts.
 * Text comes from the same sample: a question's title is the resource's title (with a "(#n)" suffix
 * from the second round on), its first paragraph the summary, and the body is the question followed
 * by some of its own answers (and now and then another answer). Tags are the question's (at most 3).
 * Visibility: {@code --public-share} PUBLIC, the rest COHORT, split 5:3 between Cohort A and
 * Cohort B (so partner1 sees Cohort A's, never Cohort B's). All English: the sample has no other
 * language, and labelling English text as French would only test the wrong analyser.
 */
final class ResourceLoader {
    private static final String[] TYPES = {"GUIDE", "TEMPLATE", "TOOLKIT", "CASE_STUDY", "LINK", "RECORDING"};

    private final Options options;

    ResourceLoader(Options options) { this.options = options; }

    void run() throws Exception {
        long started = System.nanoTime();
        SampleText sample = new SampleText(Path.of(options.require("sample")));
        int total = options.integer("resources", 100_000);
        double publicShare = Double.parseDouble(options.get("public-share", "0.6"));
        long seed = options.number("seed", 20251123L);
        Random random = new Random(seed);

        try (Connection db = DriverManager.getConnection(options.require("jdbc"), options.get("user", "postgres"),
                options.get("password", ""))) {
            db.setAutoCommit(true);
            long cohortA = DataLoader.waitForCohort(db, "Cohort A", Duration.ofMinutes(3));
            long cohortB = DataLoader.waitForCohort(db, "Cohort B", Duration.ofMinutes(3));
            List<DataLoader.Member> membersA = DataLoader.members(db, cohortA);
            List<DataLoader.Member> membersB = DataLoader.members(db, cohortB);
            List<Long> everyone = new ArrayList<>();
            membersA.forEach(m -> everyone.add(m.id()));
            membersB.forEach(m -> everyone.add(m.id()));
            long firstId = DataLoader.nextId(db, "resource");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long publicCount = 0, cohortACount = 0, cohortBCount = 0, tagRows = 0, bodyChars = 0;

            try (Writer out = DataLoader.copy(db, "COPY resource (id, title, summary, body, url, type, language, visibility, cohort_id, "
                    + "status, author_id, source_thread_id, created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)")) {
                for (int i = 0; i < total; i++) {
                    SampleText.Question q = sample.questions.get(i % sample.questions.size());
                    int round = i / sample.questions.size();
                    Random r = new Random(seed * 41 + i);
                    String title = round == 0 ? q.title() : q.title() + " (#" + (round + 1) + ")";
                    if (title.length() > 200) title = title.substring(0, 200);
                    String summary = summary(q.body());
                    String body = body(sample, q, r);
                    String type = TYPES[r.nextInt(TYPES.length)];
                    String url = type.equals("LINK") ? "https://beer.stackexchange.com/q/" + q.id() : null;
                    double v = random.nextDouble();
                    String visibility;
                    Long cohort;
                    long author;
                    if (v < publicShare) {
                        visibility = "PUBLIC";
                        cohort = null;
                        author = everyone.get(r.nextInt(everyone.size()));
                        publicCount++;
                    } else if (v < publicShare + (1 - publicShare) * 5 / 8) {
                        visibility = "COHORT";
                        cohort = cohortA;
                        author = membersA.get(r.nextInt(membersA.size())).id();
                        cohortACount++;
                    } else {
                        visibility = "COHORT";
                        cohort = cohortB;
                        author = membersB.get(r.nextInt(membersB.size())).id();
                        cohortBCount++;
                    }
                    long created = now.getEpochSecond() - 3600 - (long) (r.nextDouble() * Duration.ofDays(730).toSeconds());
                    long updated = Math.min(now.getEpochSecond() - 60, created + (long) (r.nextDouble() * Duration.ofDays(60).toSeconds()));
                    DataLoader.csv(out, firstId + i, title, summary, body, url, type, "en", visibility, cohort, "PUBLISHED", author, null,
                            DataLoader.ts(created), DataLoader.ts(updated), 0);
                    bodyChars += body.length();
                }
            }
            long resourcesDone = System.nanoTime();
            try (Writer out = DataLoader.copy(db, "COPY resource_tag (resource_id, tag) FROM STDIN WITH (FORMAT csv)")) {
                for (int i = 0; i < total; i++) {
                    SampleText.Question q = sample.questions.get(i % sample.questions.size());
                    Set<String> tags = new LinkedHashSet<>();
                    for (String t : q.tags()) {
                        String tag = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
                        if (!tag.isEmpty() && tag.length() <= 40 && tags.size() < 3) tags.add(tag);
                    }
                    for (String tag : tags) {
                        DataLoader.csv(out, firstId + i, tag);
                        tagRows++;
                    }
                }
            }
            DataLoader.setSequence(db, "resource", firstId + total - 1);
            long copied = System.nanoTime();
            try (Statement st = db.createStatement()) {
                st.execute("VACUUM (ANALYZE) resource");
                st.execute("VACUUM (ANALYZE) resource_tag");
            }
            long analyzed = System.nanoTime();
            System.out.printf("%,d resources (%,d public, %,d Cohort A, %,d Cohort B; %,d tags; %,d body characters) in %.1f s, "
                            + "VACUUM (ANALYZE) %.1f s%n", total, publicCount, cohortACount, cohortBCount, tagRows, bodyChars,
                    (copied - started) / 1e9, (analyzed - copied) / 1e9);

            Properties props = new Properties();
            Path ids = Path.of(options.require("ids"));
            if (Files.exists(ids)) try (var in = Files.newBufferedReader(ids)) { props.load(in); }
            props.setProperty("cohortAId", Long.toString(cohortA));
            props.setProperty("cohortBId", Long.toString(cohortB));
            props.setProperty("resources", Integer.toString(total));
            props.setProperty("resourcesPublic", Long.toString(publicCount));
            props.setProperty("resourcesCohortA", Long.toString(cohortACount));
            props.setProperty("resourcesCohortB", Long.toString(cohortBCount));
            props.setProperty("resourceTags", Long.toString(tagRows));
            props.setProperty("resourceBodyChars", Long.toString(bodyChars));
            props.setProperty("loadSecondsResources", String.format(Locale.ROOT, "%.1f", (copied - started) / 1e9));
            props.setProperty("loadSecondsResourcesVacuum", String.format(Locale.ROOT, "%.1f", (analyzed - copied) / 1e9));
            try (Writer w = Files.newBufferedWriter(ids)) { props.store(w, "written by DataLoader and ResourceLoader"); }
        }
    }

    /** The question's first paragraph, at most 1000 characters (the column's limit). */
    private static String summary(String body) {
        int cut = body.indexOf("\n\n");
        String s = cut > 0 ? body.substring(0, cut) : body;
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    /** The question, then up to three of its own answers, sometimes another answer; at most 100,000 characters. */
    private static String body(SampleText sample, SampleText.Question q, Random r) {
        StringBuilder b = new StringBuilder(q.body());
        List<String> own = new ArrayList<>(sample.answersByQuestion.getOrDefault(q.id(), List.of()));
        java.util.Collections.shuffle(own, r);
        for (String a : own.subList(0, Math.min(own.size(), 1 + r.nextInt(3)))) b.append("\n\n---\n\n").append(a);
        if (r.nextDouble() < 0.3) b.append("\n\n---\n\n").append(sample.answers.get(r.nextInt(sample.answers.size())));
        return b.length() <= 100_000 ? b.toString() : b.substring(0, 100_000);
    }
}
