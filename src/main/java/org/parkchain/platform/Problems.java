package org.parkchain.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects everything wrong with a request before anything is saved, then refuses it in one go. */
public final class Problems {
    private final List<BusinessException.Problem> found = new ArrayList<>();

    public Problems add(String field, String key, Object... args) {
        found.add(new BusinessException.Problem(field, key, args));
        return this;
    }

    public Problems check(boolean ok, String field, String key, Object... args) {
        return ok ? this : add(field, key, args);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a {@link BusinessException} listing every problem found, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new BusinessException(found);
        }
    }
}
