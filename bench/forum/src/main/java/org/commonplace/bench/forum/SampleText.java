package org.commonplace.bench.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The beer.stackexchange sample as forum text: questions (title, tags, body) and answers (body,
 * grouped by question). The sample's bodies are HTML; they are turned into the Markdown that
 * Commonplace stores (paragraphs, emphasis, links, code, lists, quotes), since posts hold Markdown
 * source and the application renders it on every read.
 */
public final class SampleText {
    public record Question(long id, String title, List<String> tags, String body) { }

    public final List<Question> questions = new ArrayList<>();
    public final List<String> answers = new ArrayList<>();
    public final Map<Long, List<String>> answersByQuestion = new HashMap<>();
    public final List<String> tagsByFrequency;

    public SampleText(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> tagCounts = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode row = mapper.readTree(line);
                String body = toMarkdown(row.path("body_html").asText(""));
                if (body.isBlank()) continue;
                if ("question".equals(row.path("type").asText())) {
                    List<String> tags = new ArrayList<>();
                    row.path("tags").forEach(t -> tags.add(t.asText()));
                    tags.forEach(t -> tagCounts.merge(t, 1, Integer::sum));
                    questions.add(new Question(row.path("id").asLong(), unescape(row.path("title").asText("Untitled")), tags, body));
                } else {
                    answers.add(body);
                    answersByQuestion.computeIfAbsent(row.path("parent_id").asLong(), k -> new ArrayList<>()).add(body);
                }
            }
        }
        if (questions.isEmpty() || answers.isEmpty()) throw new IOException("no questions or answers in " + jsonl);
        tagsByFrequency = tagCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static final Pattern PRE = Pattern.compile("<pre[^>]*>\\s*<code[^>]*>(.*?)</code>\\s*</pre>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*src=\"([^\"]*)\"[^>]*?(?:alt=\"([^\"]*)\")?[^>]*>", Pattern.DOTALL);
    private static final Pattern QUOTE = Pattern.compile("<blockquote>(.*?)</blockquote>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("<h[1-6][^>]*>(.*?)</h[1-6]>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    /** A small HTML-to-Markdown conversion, enough for Stack Exchange bodies. */
    public static String toMarkdown(String html) {
        String s = html.replace("\r", "");
        s = replace(PRE, s, m -> "\n\n```\n" + unescape(m.group(1)).strip() + "\n```\n\n");
        s = replace(CODE, s, m -> "`" + m.group(1).replace("`", "'") + "`");
        s = replace(IMG, s, m -> "![" + (m.group(2) == null ? "image" : m.group(2)) + "](" + m.group(1) + ")");
        s = replace(LINK, s, m -> "[" + m.group(2).replaceAll("<[^>]+>", "") + "](" + m.group(1) + ")");
        s = replace(HEADING, s, m -> "\n\n## " + m.group(1).strip() + "\n\n");
        s = replace(QUOTE, s, m -> {
            String inner = m.group(1).replaceAll("</?p>", "\n").strip();
            return "\n\n> " + String.join("\n> ", inner.split("\n+")) + "\n\n";
        });
        s = s.replaceAll("</?(strong|b)>", "**").replaceAll("</?(em|i)>", "*")
                .replaceAll("<li>\\s*", "- ").replaceAll("</li>", "\n")
                .replaceAll("<br\\s*/?>", "\n").replaceAll("<hr\\s*/?>", "\n\n---\n\n")
                .replaceAll("</p>", "\n\n").replaceAll("</?(ul|ol)>", "\n");
        s = TAG.matcher(s).replaceAll("");
        s = unescape(s);
        return s.replaceAll("\n{3,}", "\n\n").strip();
    }

    public static String unescape(String s) {
        return replace(ENTITY, s, m -> {
            String e = m.group(1);
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                if (e.startsWith("#")) return new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } catch (IllegalArgumentException bad) {
                return m.group();
            }
            return switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                case "hellip" -> "…";
                case "mdash" -> "—";
                case "ndash" -> "–";
                default -> m.group();
            };
        });
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        m.appendTail(out);
        return out.toString();
    }
}
