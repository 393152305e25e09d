package org.parkchain.agreements.control;

/**
 * One thing wrong with a line of user input (a CSV line, a line of a schedule): the 1-based line number, a message
 * key and its arguments after the line number. The boundary turns these into messages in the user's language.
 */
public record LineProblem(long line, String key, Object... args) {
    /** The message arguments with the line number first, as the message texts expect. */
    public Object[] arguments() {
        Object[] all = new Object[args.length + 1];
        all[0] = line;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
