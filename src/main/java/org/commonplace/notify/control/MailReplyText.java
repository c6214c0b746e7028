package org.commonplace.notify.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The new text of an e-mail reply: everything above the quoted original and the signature. */
public final class MailReplyText {
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(On .+ wrote:|Le .+ a écrit ?:|Am .+ schrieb .+:|El .+ escribió:|-{2,} ?Original Message ?-{2,}|From: .+|_{5,})\\s*$",
            Pattern.CASE_INSENSITIVE);

    private MailReplyText() { }

    public static String of(String body) {
        if (body == null) return "";
        List<String> kept = new ArrayList<>();
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(">")) break;                        // the quoted original
            if (line.equals("-- ") || line.equals("--")) break;      // the signature delimiter
            if (QUOTE_HEADER.matcher(trimmed).matches()) break;       // "On Monday, Pat wrote:"
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }
}
