package org.portailfamille.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * When PostgreSQL cannot be reached (restarting, network cut), a page answers the French "Service momentanément
 * indisponible" with HTTP 503 and {@code Retry-After}, with the portal's security headers and the request id, instead
 * of a 500. It wraps every other filter (the session filter reads PostgreSQL too) and needs no database itself. The
 * pool keeps trying: the next request after the database is back is served normally. Readiness is DOWN meanwhile
 * (the database health check).
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final java.util.function.Supplier<String> stylesheet;

    public DatabaseUnavailableFilter() {
        this(() -> PortalStylesheet.PATH);
    }

    DatabaseUnavailableFilter(java.util.function.Supplier<String> stylesheet) {
        this.stylesheet = stylesheet;
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Service momentanément indisponible – Portail Famille</title><link rel="stylesheet" href="%s"></head>
            <body><main id="contenu" class="page page--narrow">
            <h1>Service momentanément indisponible</h1>
            <p>Le portail ne peut pas répondre pour le moment. Réessayez dans quelques minutes : ce que vous avez déjà
            enregistré est conservé.</p>
            <p>Référence de l’incident : <code>%s</code></p>
            <p><a href="/">Retour au portail</a></p>
            </main></body>
            </html>
            """;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!databaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable, answered 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            Object requestId = request.getAttribute(RequestIdValve.ATTRIBUTE);
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Content-Security-Policy", PortalErrorReportValve.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cache-Control", "no-store");
            if (requestId != null) {
                response.setHeader(RequestIdValve.HEADER, requestId.toString());
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(PAGE.formatted(stylesheet.get(), HtmlUtils.htmlEscape(requestId == null ? "-" : requestId.toString())));
        }
    }

    /** A connection to PostgreSQL could not be had or was lost: not a bug of the page, a database away. */
    static boolean databaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                // 08: connection exception; 57P01-03: the server is shutting down or starting; a pooled connection
                // the server closed
                if (state.startsWith("08") || state.startsWith("57P") || message.contains("onnection is closed")
                        || message.contains("connection has been closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
