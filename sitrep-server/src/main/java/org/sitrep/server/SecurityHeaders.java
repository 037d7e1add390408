package org.sitrep.server;

import io.javalin.http.Context;

/**
 * Headers on every response. The CSP allows only the server's own scripts, styles, images and API (no inline
 * script, no eval, no plug-ins, no framing), so even text that slipped past escaping could not run script.
 * {@code style-src 'self'} still lets Leaflet position elements through the CSSOM (element.style), which CSP
 * does not govern.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }
}
