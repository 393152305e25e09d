package org.parkchain.access.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The portal's confirmation step before a market action is signed with the key held for the user: the view opens it
 * with the action's canonical payload, the page shows exactly what will be signed and asks for the password, and only
 * then is the payload signed. The result goes to the feature's boundary like an API client's signature, so the one
 * verifier checks both. Used by the views of every signed market action (include signing-step.xhtml).
 */
@Dependent
public class SigningStep implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    HeldKeys heldKeys;

    private String action;
    private String payload;
    private String password;

    /** Shows the payload for confirmation; nothing is signed yet. */
    public void open(String action, JsonObject payload) {
        this.action = action;
        this.payload = CanonicalJson.write(payload);
        this.password = null;
    }

    public boolean isOpen() {
        return payload != null;
    }

    public String getAction() {
        return action;
    }

    /** The exact bytes that will be signed (canonical JSON, UTF-8). */
    public byte[] payload() {
        return payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The payload laid out for reading: the fields in canonical order, nested values as JSON. */
    public List<Map.Entry<String, String>> getFields() {
        if (payload == null) {
            return List.of();
        }
        return CanonicalJson.parseObject(payload).entrySet().stream().map(e -> Map.entry(e.getKey(),
                e.getValue().getValueType() == JsonValue.ValueType.STRING
                        ? ((jakarta.json.JsonString) e.getValue()).getString() : pretty(e.getValue()))).toList();
    }

    public String getCanonical() {
        return payload;
    }

    /** Signs the payload with the held key under the given password; the step stays open when that fails. */
    public HeldKeys.Signed sign(String username) {
        HeldKeys.Signed signed = heldKeys.sign(username, password, payload());
        password = null;
        return signed;
    }

    public void close() {
        action = null;
        payload = null;
        password = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        try (var writer = CanonicalJson.JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(value);
        }
        return out.toString().trim();
    }
}
