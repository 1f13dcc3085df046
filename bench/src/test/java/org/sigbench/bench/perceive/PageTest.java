package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page is self-contained (nothing fetched from elsewhere) and sets the participant cookie. */
class PageTest {
    @TempDir
    Path tmp;

    @Test
    void pageResourcesReferNothingOutsideTheServer() throws Exception {
        try (PerceiveServer s = PerceiveServer.start(ToyTests.prepare(tmp.resolve("t"), 6, 1), "127.0.0.1", 0)) {
            RawHttp.Response page = RawHttp.get(s.port(), "/", null);
            assertEquals(200, page.status());
            assertTrue(page.headers().get("set-cookie").matches(Participants.COOKIE + "=[0-9a-f]{32}; Path=/;.*HttpOnly.*"),
                    page.headers().toString());
            assertTrue(page.headers().get("content-security-policy").startsWith("default-src 'self'"));
            for (String p : List.of("/", "/app.js", "/app.css")) {
                String text = RawHttp.get(s.port(), p, null).text();
                assertFalse(text.contains("http://") || text.contains("https://") || text.contains("//cdn")
                        || text.contains("@import") || text.contains("url("), p + " refers to something outside");
            }
            RawHttp.Response next = RawHttp.get(s.port(), "/api/next", null);
            assertTrue(next.text().matches("\\{\"position\":0,\"total\":6,\"trial\":\"[0-9a-f]{16}\"}"), next.text());
        }
    }
}
