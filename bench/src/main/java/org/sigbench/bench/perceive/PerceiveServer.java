package org.sigbench.bench.perceive;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The test's web server (JDK {@code com.sun.net.httpserver}). Routes, nothing else (every other
 * path is 404, so no path reaches the file system):
 * <ul>
 *   <li>{@code GET /}: the page; {@code GET /app.js}, {@code /app.css}: its resources (from the jar);</li>
 *   <li>{@code GET /api/next}: the participant's progress and next trial id (sets the participant
 *       cookie if missing);</li>
 *   <li>{@code GET /api/stimulus/<id>}: a stimulus (bytes of the test folder, held in memory);</li>
 *   <li>{@code POST /api/answer}: an answer, validated by {@link AnswerParser}, stored by
 *       {@link AnswerStore} in one transaction.</li>
 * </ul>
 */
public final class PerceiveServer implements AutoCloseable {
    private static final Map<String, String[]> PAGES = Map.of(
            "/", new String[] {"web/index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"web/app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"web/app.css", "text/css; charset=utf-8"});
    private static final String STIMULUS = "/api/stimulus/";
    private static final int MAX_UA = 400;

    private final TestFolder test;
    private final AnswerStore store;
    private final Participants participants;
    private final AnswerParser parser;
    private final HttpServer http;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private PerceiveServer(TestFolder test, String host, int port) throws IOException {
        this.test = test;
        List<String> ids = test.manifest().trials().stream().map(TrialSpec::id).toList();
        this.participants = new Participants(test.options().seed(), ids);
        this.parser = new AnswerParser(test.stimuli().keySet());
        this.store = AnswerStore.open(test.database());
        this.http = HttpServer.create(new InetSocketAddress(host, port), 32);
        http.createContext("/", this::handle);
        http.setExecutor(pool);
    }

    /** Starts serving {@code test} on {@code host:port} (port 0: any free port). */
    public static PerceiveServer start(TestFolder test, String host, int port) {
        try {
            PerceiveServer s = new PerceiveServer(test, host, port);
            s.http.start();
            return s;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (port in use or address not local?)");
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public AnswerStore store() {
        return store;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
            try {
                if (path.equals("/api/answer")) {
                    requireMethod(method, "POST");
                    answer(ex);
                } else if (path.equals("/api/next")) {
                    requireMethod(method, "GET");
                    send(ex, 200, "application/json", next(participant(ex, true)).getBytes(StandardCharsets.UTF_8));
                } else if (path.startsWith(STIMULUS)) {
                    requireMethod(method, "GET");
                    String id = path.substring(STIMULUS.length());
                    if (!TestFolder.ID.matcher(id).matches()) {
                        throw new BadRequest(400, "not a trial id");
                    }
                    byte[] b = test.stimuli().get(id);
                    if (b == null) {
                        throw new BadRequest(404, "no trial " + id + " in this test");
                    }
                    send(ex, 200, "application/json", b);
                } else if (PAGES.containsKey(path)) {
                    requireMethod(method, "GET");
                    if (path.equals("/")) {
                        participant(ex, true);
                    }
                    String[] page = PAGES.get(path);
                    send(ex, 200, page[1], resource(page[0]));
                } else {
                    throw new BadRequest(404, "not found");
                }
            } catch (BadRequest b) {
                send(ex, b.status(), "application/json", error(b.getMessage()));
            } catch (RuntimeException e) {
                System.err.println("perceive serve: " + e.getMessage());
                send(ex, 500, "application/json", error("server error; the answer was not stored"));
            }
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        if (ct == null || !ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new BadRequest(415, "Content-Type must be application/json");
        }
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.length() > 6) {
            throw new BadRequest(413, "body larger than " + AnswerParser.MAX_BYTES + " bytes");
        }
        String p = participant(ex, false);
        byte[] body = readBody(ex.getRequestBody());
        AnswerParser.Parsed a = parser.parse(body);
        String ua = Optional.ofNullable(ex.getRequestHeaders().getFirst("User-Agent")).orElse("");
        ua = ua.substring(0, Math.min(ua.length(), MAX_UA));
        AnswerStore.Outcome o = store.record(new Answer(p, a.trial(), a.judgedReal(), a.confidence(), a.responseMs(),
                System.currentTimeMillis(), ua));
        if (o == AnswerStore.Outcome.DUPLICATE) {
            throw new BadRequest(409, "trial " + a.trial() + " was already answered by this participant");
        }
        send(ex, 200, "application/json", next(p).getBytes(StandardCharsets.UTF_8));
    }

    /** The participant's progress as JSON. */
    private String next(String p) {
        List<String> order = participants.order(p);
        int i = participants.next(p, store.answered(p));
        String trial = i < order.size() ? "\"" + order.get(i) + "\"" : "null";
        return "{\"position\":" + i + ",\"total\":" + order.size() + ",\"trial\":" + trial + "}";
    }

    /** The participant of a request; with {@code create}, a new one (and cookie) when missing. */
    private String participant(HttpExchange ex, boolean create) {
        Optional<String> p = Participants.fromCookie(ex.getRequestHeaders().get("Cookie"));
        if (p.isPresent()) {
            return p.get();
        }
        if (!create) {
            throw new BadRequest(400, "no participant cookie: open the test page first");
        }
        String id = participants.newId();
        ex.getResponseHeaders().add("Set-Cookie", Participants.COOKIE + "=" + id
                + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
        return id;
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new BadRequest(405, "method " + method + " not allowed here (use " + allowed + ")");
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] b = in.readNBytes(AnswerParser.MAX_BYTES + 1);
        if (b.length > AnswerParser.MAX_BYTES) {
            in.skip(1 << 20); // drain a little, so the client reads the answer rather than a reset
            throw new BadRequest(413, "body larger than " + AnswerParser.MAX_BYTES + " bytes");
        }
        return b;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PerceiveServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    private static byte[] error(String message) {
        String m = message.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"error\":\"" + m + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        store.close();
    }
}
