package org.parkchain.testsupport;

import java.util.regex.Pattern;

/** Recognises Java stack traces in response bodies (which must never reach a browser or API client). */
public final class StackTraces {
    /** A line of a Java stack trace, e.g. "at org.parkchain.X.y(X.java:12)". */
    private static final Pattern FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    private StackTraces() {
    }

    public static boolean in(String body) {
        return FRAME.matcher(body).find();
    }
}
