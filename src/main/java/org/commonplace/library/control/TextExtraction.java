package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The text of a library file, for search. Each accepted type has its one Tika parser, chosen by
 * the type already detected (no auto-detection again, and no parser for anything else on the
 * class path is ever asked). Embedded documents are not parsed. The text is cut at
 * {@link LibraryLimits#textMaxChars()} characters. A file whose text cannot be read answers
 * empty and is logged: the file itself is kept.
 */
@ApplicationScoped
public class TextExtraction {
    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    public record Text(String text, boolean truncated) { }

    // Tika parsers are thread-safe and keep no state between documents.
    private static final Parser OOXML = new OOXMLParser();
    private static final Map<String, Parser> PARSERS = Map.of(
            FileTypes.PDF, new PDFParser(), FileTypes.DOCX, OOXML, FileTypes.PPTX, OOXML, FileTypes.XLSX, OOXML,
            FileTypes.ODT, new OpenDocumentParser(), FileTypes.TEXT, new TXTParser(), FileTypes.MARKDOWN, new TXTParser());

    @Inject LibraryLimits limits;

    public Optional<Text> extract(Path file, String mediaType) {
        int max = limits.textMaxChars();
        // one more than kept, so that "exactly at the limit" and "cut" can be told apart
        BodyContentHandler handler = new BodyContentHandler(max + 1);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            PARSERS.get(mediaType).parse(in, handler, metadata, new ParseContext());
        } catch (Exception | LinkageError | StackOverflowError e) {
            // a parser can fail in many ways on a damaged or hostile file; none may lose the upload
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                LOG.log(Level.WARNING, "The text of " + file.getFileName() + " (" + mediaType + ") could not be extracted", e);
                return Optional.empty();
            }
        }
        String text = clean(handler.toString());
        if (text.length() > max) {
            truncated = true;
            int end = max > 0 && Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
            text = text.substring(0, Math.max(0, end));
        }
        return Optional.of(new Text(text, truncated));
    }

    /** PostgreSQL refuses NUL in text, and runs of blank lines only take room. */
    static String clean(String text) {
        return text.replace("\u0000", "").replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
