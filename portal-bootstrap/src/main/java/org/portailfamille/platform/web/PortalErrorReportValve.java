package org.portailfamille.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last resort error page: what Tomcat answers itself, before any servlet, filter or security header (a
 * malformed URL such as {@code /%}). Instead of Tomcat's English "HTTP Status 400" page it sends a short French page
 * with the portal's security headers (issue 13, finding 12). Errors inside the portal still get the portal's own
 * error page, with its layout.
 */
public class PortalErrorReportValve extends ErrorReportValve {

    /** The portal's policy (see access.SecurityConfiguration): no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Erreur – Portail Famille</title><link rel="stylesheet" href="%s"></head>
            <body><main id="contenu" class="page page--narrow">
            <h1>Une erreur est survenue</h1>
            <p>Cette adresse n’est pas valable : nous n’avons pas pu afficher la page demandée.</p>
            <p>Référence de l’incident : <code>%s</code></p>
            <p><a href="/">Retour au portail</a></p>
            </main></body>
            </html>
            """;

    private final java.util.function.Supplier<String> stylesheet;

    public PortalErrorReportValve() {
        this(() -> PortalStylesheet.PATH);
    }

    PortalErrorReportValve(java.util.function.Supplier<String> stylesheet) {
        this.stylesheet = stylesheet;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.resetBuffer();
            securityHeaders(response);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.setLocale(java.util.Locale.FRENCH);
            Writer writer = response.getReporter();
            if (writer != null) {
                Object requestId = request.getAttribute(RequestIdValve.ATTRIBUTE);
                writer.write(PAGE.formatted(stylesheet.get(), org.springframework.web.util.HtmlUtils.htmlEscape(
                        requestId == null ? "-" : requestId.toString())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the answer was already sent: nothing more to say
        }
    }

    static void securityHeaders(Response response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
