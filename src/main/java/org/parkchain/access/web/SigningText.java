package org.parkchain.access.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person reads before signing a market action, in their language: one sentence saying what they agree to,
 * and the terms as labelled, formatted values. Each feature describes its own actions (from the same payload that is
 * signed); the signing step shows the canonical JSON below it for those who want the exact bytes.
 */
public final class SigningText implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One labelled value; {@code code} values (hashes, fingerprints) are shown in a fixed-width font. */
    public record Line(String label, String value, boolean code) implements Serializable {
    }

    private final String sentence;
    private final List<Line> lines = new ArrayList<>();

    private SigningText(String sentence) {
        this.sentence = sentence;
    }

    public static SigningText saying(String sentence) {
        return new SigningText(sentence);
    }

    public SigningText line(String label, String value) {
        lines.add(new Line(label, value, false));
        return this;
    }

    public SigningText code(String label, String value) {
        lines.add(new Line(label, value, true));
        return this;
    }

    public String getSentence() {
        return sentence;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }
}
