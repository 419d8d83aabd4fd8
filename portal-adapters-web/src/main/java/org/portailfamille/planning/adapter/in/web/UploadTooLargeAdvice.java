package org.portailfamille.planning.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A fallback: since the server reads uploads up to a hard ceiling and {@code access.UploadCeilingFilter} answers the
 * French 413 page above it (before the CSRF filter), a too-large file normally reaches the form's own validation
 * ("dépasse 5 Mo"). Should Spring's resolver still meet the limit, the absence form comes back with its French
 * error (nothing stored); elsewhere it is refused as too large (413), never a 500.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.matches("/famille/enfants/[0-9a-fA-F-]{36}/absences/nouvelle")) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        RequestContextUtils.getOutputFlashMap(request).put("uploadTooLarge", true);
        // the body could not be read: only the query string says which day (activite=…&jour=…)
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        return "redirect:" + path + "?activite=" + parameter(query, "activite") + "&jour=" + parameter(query, "jour");
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=") && pair.substring(name.length() + 1).matches("[0-9a-fA-F-]{1,40}")) {
                return pair.substring(name.length() + 1);
            }
        }
        return "";
    }
}
