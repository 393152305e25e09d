package org.parkchain.ledger.control;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies a ledger adapter by the value {@code parkchain.ledger.adapter} names it with ({@code embedded},
 * {@code fabric}); the ledger boundary produces the configured one as the {@link LedgerGateway}.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface LedgerKind {
    String value();

    /** For selecting an adapter by its kind. */
    final class Literal extends AnnotationLiteral<LedgerKind> implements LedgerKind {
        private static final long serialVersionUID = 1L;
        private final String value;

        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
