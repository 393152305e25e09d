package org.parkchain.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Malformed JSON bodies: 400. Anything else unexpected: logged with an incident id, answered with 500 and that id, without a stack trace. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (isMalformedJson(e)) {
            return ProblemJson.response(400, ProblemJson.of(400, ProblemJson.locale(headers),
                    "error.api.badRequest"));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected API error, incident " + incident, e);
        return ProblemJson.response(500, ProblemJson.of(500, ProblemJson.locale(headers),
                "error.api.unexpected", incident));
    }

    /** JSON-B and JSON-P failures while reading a request body are the caller's fault: 400, not 500. */
    static boolean isMalformedJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
