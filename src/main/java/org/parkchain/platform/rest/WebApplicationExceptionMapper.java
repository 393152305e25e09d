package org.parkchain.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403, 404, 405, 415 and friends as JSON problems instead of the server's HTML pages. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 400 -> "error.api.badRequest";
            case 403 -> "error.api.forbidden";
            case 404 -> "error.api.notFound";
            case 405 -> "error.api.methodNotAllowed";
            case 406, 415 -> "error.api.mediaType";
            default -> "error.api.generic";
        };
        return ProblemJson.response(status, ProblemJson.of(status, ProblemJson.locale(headers), key));
    }
}
