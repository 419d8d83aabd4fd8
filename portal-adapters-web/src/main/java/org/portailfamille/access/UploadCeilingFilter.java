package org.portailfamille.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;
import java.util.Locale;

/**
 * A multipart body over the server's hard ceiling ({@code spring.servlet.multipart.max-request-size}) is answered
 * with the portal's own French page (error/413.html, through the error dispatch) before Spring Security's CSRF
 * filter reads the body (it sits in the security chain just before that filter, after the headers writer, so the page
 * carries the security headers): that filter swallowed the size error and refused the request for
 * its missing token, and the forms' "dépasse 5 Mo" could never be shown. Below the ceiling the parts are read here
 * once (the container keeps them) and the form's own validation speaks.
 */
final class UploadCeilingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if ("POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) { // the container's size limits
                // marks the multipart failure, so that the error dispatch renders error/413.html instead of
                // resolving the body again (DispatcherServlet skips a request whose multipart exception is known)
                request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
                        new MaxUploadSizeExceededException(-1, tooLarge));
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            } catch (RuntimeException badPart) {
                // a part the container refuses to read (Tomcat's InvalidFileNameException for a file name with a NUL
                // character): a bad request, answered with the portal's own page rather than a server error
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            } catch (IOException | ServletException malformed) {
                // a malformed body: left to the usual handling below (CSRF, then the controller's binding)
            }
        }
        chain.doFilter(request, response);
    }
}
