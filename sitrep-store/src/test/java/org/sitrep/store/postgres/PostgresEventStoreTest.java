package org.sitrep.store.postgres;

import org.junit.jupiter.api.Test;
import org.sitrep.store.SearchText;
import org.sitrep.store.StoreException;

import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What can be checked without a server: URLs, search terms, text cleaning, the unreachable-server message. */
class PostgresEventStoreTest {

    @Test
    void libpqUrlsBecomeJdbcUrlsWithCredentialsApart() {
        PgUrl u = PgUrl.parse("postgresql://ana:s%40cret@db.example.org:5433/events?sslmode=require");
        assertEquals("jdbc:postgresql://db.example.org:5433/events?sslmode=require", u.jdbcUrl());
        assertEquals(Optional.of("ana"), u.user());
        assertEquals(Optional.of("s@cret"), u.password());
        assertFalse(u.location().contains("cret"), u.location());
        assertEquals("db.example.org", u.host());
        assertEquals(5433, u.port());
    }

    @Test
    void defaultsArePort5432AndDatabaseSitrep() {
        PgUrl u = PgUrl.parse("postgres://127.0.0.1");
        assertEquals("jdbc:postgresql://127.0.0.1:5432/sitrep", u.jdbcUrl());
        assertTrue(u.user().isEmpty());
        assertTrue(u.password().isEmpty());
    }

    @Test
    void jdbcUrlsPassThroughWithPasswordsMaskedInTheLocation() {
        PgUrl u = PgUrl.parse("jdbc:postgresql://10.0.0.5:6543/s?user=x&password=hunter2&ssl=true");
        assertEquals("jdbc:postgresql://10.0.0.5:6543/s?user=x&password=hunter2&ssl=true", u.jdbcUrl());
        assertFalse(u.location().contains("hunter2"), u.location());
        assertEquals("10.0.0.5", u.host());
        assertEquals(6543, u.port());
    }

    @Test
    void otherUrlsAreRefusedNamingTheAcceptedForms() {
        var ex = assertThrows(IllegalArgumentException.class, () -> PgUrl.parse("mysql://u:pw@h/db"));
        assertTrue(ex.getMessage().contains("postgresql://user"), ex.getMessage());
        assertFalse(ex.getMessage().contains("pw@"), "no password in messages: " + ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PgUrl.parse(" "));
    }

    @Test
    void searchTermsAreWordsPhrasesAndPrefixesOnly() {
        assertEquals(List.of(new SearchText.Term("barrel", false), new SearchText.Term("bomb", true),
                        new SearchText.Term("Khan Shaykhun", false)),
                SearchText.terms("barrel & bomb* \"Khan, Shaykhun\""));
        assertEquals(List.of(new SearchText.Term("notes", false), new SearchText.Term("gate", false)), SearchText.terms("notes:gate"));
        TsQuery.Sql sql = TsQuery.toSql("o'brien* x");
        assertEquals(List.of("o", "'brien':*", "x"), sql.params(), "quotes never reach to_tsquery");
        assertTrue(sql.expression().contains("to_tsquery") && sql.expression().contains(" && "));
        var ex = assertThrows(IllegalArgumentException.class, () -> SearchText.terms("?! &"));
        assertTrue(ex.getMessage().contains("no words"));
    }

    @Test
    void nulIsReplacedInTextAndJsonButEscapedBackslashesStay() {
        assertEquals("a\uFFFDb", PostgresEventStore.clean("a\0b"));
        assertEquals("{\"n\":\"a\\ufffdb \\\\u0000\"}", PostgresEventStore.cleanJson("{\"n\":\"a\\u0000b \\\\u0000\"}"));
        assertEquals("{\"n\":1}", PostgresEventStore.cleanJson("{\"n\":1}"));
    }

    @Test
    void anUnreachableServerIsReportedWithWhatToCheck() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again below: nothing listens there
        }
        int closedPort = port;
        var ex = assertThrows(StoreException.class, () -> PostgresEventStore.open("postgresql://sitrep@127.0.0.1:" + closedPort + "/sitrep"));
        assertTrue(ex.getMessage().contains("127.0.0.1:" + closedPort), ex.getMessage());
        assertTrue(ex.getMessage().contains("pg_isready"), ex.getMessage());
    }
}
