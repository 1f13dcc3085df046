package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server refuses bad requests with a 4xx and a message, and stores nothing for them. */
class BadInputTest {
    private static final String COOKIE = Participants.COOKIE + "=0123456789abcdef0123456789abcdef";

    @TempDir
    Path tmp;
    private PerceiveServer server;
    private String trial;

    @BeforeEach
    void start() {
        TestFolder t = ToyTests.prepare(tmp.resolve("t"), 6, 2);
        trial = t.manifest().trials().get(0).id();
        server = PerceiveServer.start(t, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp.Response post(String cookie, String type, String body) throws Exception {
        return RawHttp.post(server.port(), "/api/answer", cookie, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private void refused(int status, String inMessage, RawHttp.Response r) {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.text().contains("\"error\"") && r.text().contains(inMessage), r.text());
        assertFalse(r.text().contains("Exception"), r.text());
    }

    @Test
    void malformedAndIncompleteBodies() throws Exception {
        String ok = "\"trial\":\"" + trial + "\",\"answer\":\"real\",\"confidence\":2,\"responseMs\":1500";
        refused(400, "not valid JSON", post(COOKIE, "application/json", "{\"trial\":"));
        refused(400, "JSON object", post(COOKIE, "application/json", "[1,2]"));
        refused(400, "unknown field 'extra'", post(COOKIE, "application/json", "{" + ok + ",\"extra\":1}"));
        refused(400, "field answer", post(COOKIE, "application/json", "{" + ok.replace("\"real\"", "\"maybe\"") + "}"));
        refused(400, "field confidence", post(COOKIE, "application/json", "{" + ok.replace(":2,", ":4,") + "}"));
        refused(400, "field confidence", post(COOKIE, "application/json", "{" + ok.replace(":2,", ":\"2\",") + "}"));
        refused(400, "field responseMs", post(COOKIE, "application/json", "{" + ok.replace("1500", "-3") + "}"));
        refused(400, "field trial", post(COOKIE, "application/json", "{" + ok.replace(trial, "../../etc/passwd") + "}"));
        refused(400, "not valid JSON", post(COOKIE, "application/json", "{" + ok + ",\"confidence\":3}"));
        refused(400, "not valid JSON", post(COOKIE, "application/json", "{" + ok + "}{}"));
        refused(400, "field confidence", post(COOKIE, "application/json", "{" + ok.replace(":2,", ":18446744073709551618,") + "}"));
        refused(404, "no trial ffffffffffffffff", post(COOKIE, "application/json", "{" + ok.replace(trial, "ffffffffffffffff") + "}"));
        refused(415, "Content-Type", post(COOKIE, "text/plain", "{" + ok + "}"));
        refused(400, "cookie", post(null, "application/json", "{" + ok + "}"));
        refused(413, "larger than", post(COOKIE, "application/json", "{" + ok + ",\"pad\":\"" + "x".repeat(20_000) + "\"}"));
        refused(405, "not allowed", RawHttp.get(server.port(), "/api/answer", COOKIE));
        assertEquals(List.of(), server.store().all());
        RawHttp.Response good = post(COOKIE, "application/json", "{" + ok + "}");
        assertEquals(200, good.status(), good.text());
        refused(409, "already answered", post(COOKIE, "application/json", "{" + ok + "}"));
        assertEquals(1, server.store().all().size());
    }

    @Test
    void pathTraversalReachesNoFile() throws Exception {
        for (String p : List.of("/../manifest.json", "/%2e%2e/manifest.json", "/manifest.json", "/options.json",
                "/api/stimulus/../../manifest.json", "/api/stimulus/..%2fmanifest.json", "/app.js/../manifest.json",
                "/web/index.html", "/answers.db", "/api/stimulus/" + trial + "/../../manifest.json", "/%2fetc%2fpasswd")) {
            RawHttp.Response r = RawHttp.get(server.port(), p, COOKIE);
            assertTrue(r.status() >= 400 && r.status() < 500, p + " -> " + r.status());
            assertFalse(r.text().contains("variant") || r.text().contains("root:"), p + " leaked " + r.text());
        }
        assertEquals(200, RawHttp.get(server.port(), "/app.js", COOKIE).status());
        assertEquals(200, RawHttp.get(server.port(), "/api/stimulus/" + trial, COOKIE).status());
    }
}
