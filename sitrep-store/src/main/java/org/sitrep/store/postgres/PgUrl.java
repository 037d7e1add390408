package org.sitrep.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL store lives, parsed from what a user writes. Two forms are accepted:
 * <ul>
 *   <li>{@code postgresql://user[:password]@host[:port]/database[?param=value&...]} (also {@code postgres://}),
 *       the libpq form; port defaults to 5432, database to {@code sitrep};</li>
 *   <li>a full JDBC URL, {@code jdbc:postgresql://host[:port]/database?user=...&password=...}, passed through.</li>
 * </ul>
 * Query parameters (e.g. {@code sslmode=require}, {@code currentSchema=...}) are handed to the driver as written.
 *
 * @param jdbcUrl  the URL for the driver, without user and password when they came from the libpq form
 * @param user     the user from the libpq form (empty: as in the JDBC URL, or the driver's default)
 * @param password the password from the libpq form (empty: as in the JDBC URL, ~/.pgpass, or none)
 * @param location the URL with any password removed, safe to print and log
 * @param host     host (for messages)
 * @param port     port (for messages)
 */
record PgUrl(String jdbcUrl, Optional<String> user, Optional<String> password, String location, String host, int port) {

    static final String DEFAULT_DATABASE = "sitrep";
    static final String FORMS = "postgresql://user[:password]@host[:port]/database or jdbc:postgresql://host[:port]/database?user=...";

    private static final Pattern JDBC_HOST = Pattern.compile("^jdbc:postgresql://(\\[[^\\]]+]|[^:/?]*)(?::(\\d+))?");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("([?&])password=[^&]*");

    static PgUrl parse(String url) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("no PostgreSQL URL given; expected " + FORMS);
        String u = url.strip();
        if (u.startsWith("jdbc:postgresql:")) {
            Matcher m = JDBC_HOST.matcher(u);
            String host = "localhost";
            int port = 5432;
            if (m.find()) {
                if (!m.group(1).isEmpty()) host = m.group(1);
                if (m.group(2) != null) port = Integer.parseInt(m.group(2));
            }
            String location = PASSWORD_PARAM.matcher(u).replaceAll("$1password=***");
            return new PgUrl(u, Optional.empty(), Optional.empty(), location, host, port);
        }
        if (!(u.startsWith("postgresql://") || u.startsWith("postgres://"))) {
            throw new IllegalArgumentException("'" + redact(u) + "' is not a PostgreSQL URL; expected " + FORMS);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot parse PostgreSQL URL '" + redact(u) + "': " + e.getReason()
                    + "; expected " + FORMS + " (percent-encode special characters in the password)", e);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("PostgreSQL URL '" + redact(u) + "' names no host; expected " + FORMS);
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String database = path.isEmpty() ? DEFAULT_DATABASE : path;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String info = uri.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = Optional.of(decode(colon < 0 ? info : info.substring(0, colon))).filter(s -> !s.isEmpty());
            if (colon >= 0) password = Optional.of(decode(info.substring(colon + 1)));
        }
        String query = uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + database + (query == null ? "" : "?" + query);
        String location = "postgresql://" + user.map(s -> s + "@").orElse("") + host + ":" + port + "/" + database
                + (query == null ? "" : "?" + PASSWORD_PARAM.matcher("?" + query).replaceAll("$1password=***").substring(1));
        return new PgUrl(jdbc, user, password, location, host, port);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL with a password (user-info or parameter) masked, for messages about URLs that did not parse. */
    static String redact(String url) {
        return PASSWORD_PARAM.matcher(url.replaceFirst("://([^:/@]*):[^@/]*@", "://$1:***@")).replaceAll("$1password=***");
    }
}
