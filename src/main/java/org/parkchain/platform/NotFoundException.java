package org.parkchain.platform;

import jakarta.ejb.ApplicationException;

/** A request names something that does not exist (the API answers 404). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String key, Object... args) {
        super(key, args);
    }
}
