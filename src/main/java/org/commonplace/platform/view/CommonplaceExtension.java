package org.commonplace.platform.view;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Template functions: {@code t("key", args…)} for translated strings, {@code when(instant)} for dates. */
class CommonplaceExtension extends AbstractExtension {
    private final Messages messages;

    CommonplaceExtension(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate(), "when", new When());
    }

    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() { return null; } // positional: key, then arguments

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String key = String.valueOf(args.get("0"));
            List<Object> rest = new ArrayList<>();
            for (int i = 1; args.containsKey(String.valueOf(i)); i++) rest.add(args.get(String.valueOf(i)));
            return messages.get(context.getLocale(), key, rest.toArray());
        }
    }

    private static final class When implements Function {
        @Override
        public List<String> getArgumentNames() { return List.of("instant", "zone"); }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object value = args.get("instant");
            if (!(value instanceof Instant instant)) return "";
            Object zone = args.get("zone");
            ZoneId zoneId = zone == null ? ZoneId.of("UTC") : ZoneId.of(zone.toString());
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(context.getLocale()).withZone(zoneId).format(instant);
        }
    }
}
