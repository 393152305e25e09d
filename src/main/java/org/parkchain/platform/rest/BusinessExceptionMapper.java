package org.parkchain.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;

/** A refused request becomes 400 (404 for unknown ids) with every problem listed, in the caller's language. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        int status = e instanceof NotFoundException ? 404 : 400;
        return ProblemJson.response(status, ProblemJson.of(status, ProblemJson.locale(headers), e.problems()));
    }
}
