package org.parkchain.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the business rules refuse. It carries message keys (resolved in the user's language by the web and API
 * layers), never pre-rendered text, and it rolls the transaction back so that nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One thing wrong with the request: the field it concerns (or null), a message key and its arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    private final transient List<Problem> problems;

    public BusinessException(List<Problem> problems) {
        super(problems.stream().map(Problem::key).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a business exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BusinessException(String key, Object... args) {
        this(List.of(new Problem(null, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
