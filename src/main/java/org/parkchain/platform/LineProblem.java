package org.parkchain.platform;

/**
 * One thing wrong with a line of user input (a CSV line, a line of a schedule): the 1-based line number, a message
 * key and its arguments after the line number. The boundary turns these into messages in the user's language.
 */
public record LineProblem(long line, String key, Object... args) {
    /** Refuses a file with every problem found in it (field {@code file}), if there is any. */
    public static void refuseIfAny(java.util.List<LineProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.stream().map(p -> new BusinessException.Problem("file", p.key(),
                    p.arguments())).toList());
        }
    }

    /** The message arguments with the line number first, as the message texts expect. */
    public Object[] arguments() {
        Object[] all = new Object[args.length + 1];
        all[0] = line;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
