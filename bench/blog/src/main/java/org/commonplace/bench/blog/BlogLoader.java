package org.commonplace.bench.blog;

import com.fasterxml.jackson.databind.JsonNode;
import org.commonplace.bench.forum.Options;
import org.commonplace.bench.forum.SampleText;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Publishes posts the way people do, through the API: each is drafted (by mentor1 or mentor2),
 * submitted, approved by the coordinator and published. Texts come from the forum sample (a
 * question with its answers, as Markdown). The measured post is the last: about 1,200 words, three
 * tags, a cover image (1,600 × 800) and 20 comments by the partners and mentor2. Writes the ids and
 * addresses to --out.
 */
final class BlogLoader {
    private final Options options;
    private final Http http;

    BlogLoader(Options options) {
        this.options = options;
        this.http = new Http(options.get("base", "http://localhost:8184"));
    }

    void run() throws Exception {
        int posts = options.integer("posts", 200);
        int comments = options.integer("comments", 20);
        String password = options.get("password", "commonplace-demo");
        Map<String, String> tokens = new HashMap<>();
        for (String u : List.of("coordinator", "mentor1", "mentor2", "partner1", "partner2", "partner3")) tokens.put(u, http.token(u, password));
        SampleText sample = new SampleText(Path.of(options.require("sample")));
        long t0 = System.nanoTime();
        long measured = 0;
        String slug = null;
        for (int i = 1; i <= posts; i++) {
            SampleText.Question q = sample.questions.get(i % sample.questions.size());
            boolean last = i == posts;
            String author = i % 2 == 0 ? "mentor2" : "mentor1";
            String body = body(q, sample, last ? 1200 : 300 + (i * 37) % 900);
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("title", (last ? "Measured: " : "") + q.title() + " (#" + i + ")");
            post.put("body", body);
            post.put("tags", q.tags().stream().limit(3).toList());
            long id = http.send("POST", "/api/v1/blog/posts", tokens.get(author), post, 201).path("id").asLong();
            if (last) http.multipart("/api/v1/blog/posts/" + id + "/cover", tokens.get(author), "cover", "cover.png", "image/png", cover(), 201);
            http.send("POST", "/api/v1/blog/posts/" + id + "/submit", tokens.get(author), null, 200);
            http.send("POST", "/api/v1/blog/posts/" + id + "/reviews", tokens.get("coordinator"), Map.of("action", "APPROVE"), 200);
            JsonNode published = http.send("POST", "/api/v1/blog/posts/" + id + "/publish", tokens.get(author), null, 200);
            if (last) {
                measured = id;
                slug = published.path("post").path("slug").asText();
            }
            if (i % 50 == 0) Http.log("published " + i + " posts");
        }
        List<String> commenters = List.of("partner1", "partner2", "partner3", "mentor2");
        for (int c = 0; c < comments; c++) {
            String body = sample.answers.get((c * 13) % sample.answers.size());
            if (body.length() > 1500) body = body.substring(0, 1500);
            http.send("POST", "/api/v1/blog/posts/" + measured + "/comments", tokens.get(commenters.get(c % commenters.size())),
                    Map.of("body", body), 201);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonNode detail = http.send("GET", "/api/v1/blog/posts/" + measured, null, null, 200);
        Properties ids = new Properties();
        ids.setProperty("postId", Long.toString(measured));
        ids.setProperty("slug", slug);
        ids.setProperty("posts", Integer.toString(posts));
        ids.setProperty("comments", Integer.toString(comments));
        ids.setProperty("bodyChars", Integer.toString(detail.path("body").asText().length()));
        ids.setProperty("words", Integer.toString(detail.path("body").asText().split("\\s+").length));
        ids.setProperty("readingMinutes", detail.path("post").path("readingMinutes").asText());
        ids.setProperty("loadSeconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
        try (var out = Files.newBufferedWriter(Path.of(options.require("out")))) {
            ids.store(out, "blog benchmark data");
        }
        Http.log(String.format(java.util.Locale.ROOT, "published %d posts and %d comments in %.1f s; measured post %d /blog/%s",
                posts, comments, seconds, measured, slug));
    }

    /** A question and its answers until the text has about {@code words} words. */
    private static String body(SampleText.Question q, SampleText sample, int words) {
        StringBuilder b = new StringBuilder(q.body());
        List<String> more = new ArrayList<>(sample.answersByQuestion.getOrDefault(q.id(), List.of()));
        more.addAll(sample.answers.subList(0, Math.min(50, sample.answers.size())));
        for (int i = 0; i < more.size() && b.toString().split("\\s+").length < words; i++) {
            b.append(i % 3 == 0 ? "\n\n## What we learnt\n\n" : "\n\n").append(more.get(i));
        }
        String text = b.toString();
        return text.length() > 49_000 ? text.substring(0, 49_000) : text;
    }

    private static byte[] cover() throws Exception {
        BufferedImage image = new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(11, 92, 173), 1600, 800, new Color(242, 169, 0)));
        g.fillRect(0, 0, 1600, 800);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
