package org.sigbench.bench.perceive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Exact-bytes HTTP/1.1 over a socket (no client normalises the path), for the server tests. */
final class RawHttp {
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Response get(int port, String rawPath, String cookie) throws IOException {
        return send(port, "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                + "Connection: close\r\n\r\n", new byte[0]);
    }

    static Response post(int port, String path, String cookie, String type, byte[] body) throws IOException {
        return send(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                + (type == null ? "" : "Content-Type: " + type + "\r\n") + "User-Agent: raw-test\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n", body);
    }

    private static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // the server may answer (413) before reading a large body; read what it said
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parse(all.toByteArray());
        }
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            h.put(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Response(status, h, body);
    }
}
