package org.parkchain.trading.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where two copies of contract terms differ, field by field: every leaf of the canonical JSON (e.g. {@code band},
 * {@code price.PEAK}, {@code profile.WEEKDAY[9]}) whose value is not the same in both. Two copies have the same hash
 * exactly when this list is empty, because the hash is taken over the same canonical JSON.
 */
public final class TermsDiff {
    private TermsDiff() {
    }

    /** One field that differs: its path, and the value in each copy ({@code ""} where a copy lacks the field). */
    public record Difference(String path, String mine, String theirs) {
        /** The field without the index, e.g. {@code profile.WEEKDAY} for {@code profile.WEEKDAY[9]}. */
        public String field() {
            int bracket = path.indexOf('[');
            return bracket < 0 ? path : path.substring(0, bracket);
        }

        /** The 0-based index within a profile, or -1 for a plain field. */
        public int index() {
            int bracket = path.indexOf('[');
            return bracket < 0 ? -1 : Integer.parseInt(path.substring(bracket + 1, path.length() - 1));
        }
    }

    public static List<Difference> between(ContractTerms mine, ContractTerms theirs) {
        Map<String, String> a = flatten(TermsJson.json(mine));
        Map<String, String> b = flatten(TermsJson.json(theirs));
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Difference> out = new ArrayList<>();
        for (String path : paths) {
            String x = a.getOrDefault(path, "");
            String y = b.getOrDefault(path, "");
            if (!Objects.equals(x, y)) {
                out.add(new Difference(path, x, y));
            }
        }
        return out;
    }

    static Map<String, String> flatten(JsonObject json) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", json, out);
        return out;
    }

    private static void flatten(String path, JsonValue value, Map<String, String> out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                    flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
                }
            }
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    flatten(path + "[" + i + "]", array.get(i), out);
                }
                out.put(path + ".count", String.valueOf(array.size()));
            }
            case STRING -> out.put(path, ((jakarta.json.JsonString) value).getString());
            default -> out.put(path, value.toString());
        }
    }
}
