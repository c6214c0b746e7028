package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.commonplace.platform.problem.UnsupportedType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a file is, from its content only (Tika's detectors, including the ones that look inside
 * ZIP containers to tell a DOCX from an XLSX or an ODT). The name a person gave the file is not
 * consulted, so an HTML page or a program renamed .pdf is refused. The one exception: plain text
 * and Markdown have the same content, so a text file named .md is kept as Markdown.
 */
@ApplicationScoped
public class FileTypes {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";

    /** Each accepted type and the file extension that a download of it ends with. */
    static final Map<String, String> EXTENSIONS = Map.of(PDF, "pdf", DOCX, "docx", ODT, "odt", PPTX, "pptx",
            XLSX, "xlsx", TEXT, "txt", MARKDOWN, "md");

    static final String ACCEPTED = "Upload a PDF, Word (DOCX), OpenDocument text (ODT), PowerPoint (PPTX), "
            + "Excel (XLSX), plain text (TXT) or Markdown (MD) file.";

    // DefaultDetector finds every detector on the class path once; it is thread-safe.
    private final Detector detector = new DefaultDetector();

    /** The accepted media type of the file's content, or 415 naming the accepted types. */
    public String detect(Path file, String givenName) {
        String detected;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TEXT.equals(detected) && givenName != null && givenName.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)$")) {
            return MARKDOWN;
        }
        if (!EXTENSIONS.containsKey(detected)) {
            throw new UnsupportedType("This file is not one of the accepted types (its content is " + detected + "). " + ACCEPTED);
        }
        return detected;
    }

    /**
     * The Content-Type a download is served with. Text is served as text/plain whatever it
     * contains (and always as an attachment), so a browser never renders it as a page.
     */
    public static String servedAs(String mediaType) {
        return mediaType.startsWith("text/") ? mediaType + ";charset=UTF-8" : mediaType;
    }
}
