package org.parkchain.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.parkchain.platform.BusinessException;

/**
 * A JSON request body read field by field, so that a field of the wrong type is refused with a problem naming it
 * ("licenceExpiry must be a date such as 2027-06-30") instead of a bare "malformed request". A field that is absent or
 * JSON null reads as null.
 */
public final class JsonBody {
    private final JsonObject body;

    private JsonBody(JsonObject body) {
        this.body = body;
    }

    /** @throws BusinessException {@code error.api.bodyRequired} for a request without a JSON object */
    public static JsonBody of(JsonObject body) {
        if (body == null) {
            throw new BusinessException("error.api.bodyRequired");
        }
        return new JsonBody(body);
    }

    public boolean has(String field) {
        return body.containsKey(field) && body.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    public String string(String field) {
        return has(field) ? typed(field, JsonString.class, "string").getString() : null;
    }

    public Double number(String field) {
        return has(field) ? typed(field, JsonNumber.class, "number").doubleValue() : null;
    }

    public java.math.BigDecimal decimal(String field) {
        return has(field) ? typed(field, JsonNumber.class, "number").bigDecimalValue() : null;
    }

    public Integer integer(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNumber n = typed(field, JsonNumber.class, "integer");
        if (!n.isIntegral()) {
            throw wrongType(field, "integer");
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(field, "integer");
        }
    }

    public Long whole(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNumber n = typed(field, JsonNumber.class, "integer");
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(field, "integer");
        }
    }

    public Boolean bool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue v = body.get(field);
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw wrongType(field, "boolean");
        }
        return v == JsonValue.TRUE;
    }

    public LocalDate date(String field) {
        String text = has(field) ? typed(field, JsonString.class, "date").getString() : null;
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw wrongType(field, "date");
        }
    }

    /** A list of strings (an absent field: empty). */
    public java.util.List<String> strings(String field) {
        if (!has(field)) {
            return java.util.List.of();
        }
        JsonArray array = typed(field, JsonArray.class, "strings");
        java.util.List<String> values = new java.util.ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s)) {
                throw wrongType(field, "strings");
            }
            values.add(s.getString());
        }
        return values;
    }

    public double[] numbers(String field) {
        if (!has(field)) {
            return null;
        }
        JsonArray array = typed(field, JsonArray.class, "numbers");
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(array.get(i) instanceof JsonNumber n)) {
                throw wrongType(field, "numbers");
            }
            values[i] = n.doubleValue();
        }
        return values;
    }

    private <T extends JsonValue> T typed(String field, Class<T> type, String expected) {
        JsonValue v = body.get(field);
        if (!type.isInstance(v)) {
            throw wrongType(field, expected);
        }
        return type.cast(v);
    }

    static BusinessException wrongType(String field, String expected) {
        return new BusinessException(java.util.List.of(new BusinessException.Problem(field,
                "error.api.type." + expected, field)));
    }
}
