package org.commonplace.library.control;

import java.util.Locale;

/**
 * The name a file is listed and downloaded under: the uploader's name without any folder part,
 * control characters or characters that mean something in a header or a file system, ending with
 * the extension of the type detected from the content (added when the name says otherwise).
 */
public final class FileNames {
    static final int MAX = 200;

    private FileNames() { }

    public static String safe(String given, String mediaType) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|;]", "_").strip();
        while (name.startsWith(".")) name = name.substring(1);
        String extension = FileTypes.EXTENSIONS.get(mediaType);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith("." + extension) || (FileTypes.MARKDOWN.equals(mediaType) && lower.endsWith(".markdown"));
        if (name.isEmpty()) name = "file";
        if (!fits) name = name + "." + extension;
        if (name.length() > MAX) name = name.substring(0, MAX - extension.length() - 1) + "." + extension;
        return name;
    }
}
