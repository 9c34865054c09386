package io.quire.platform.web;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One kept-alive HTTP/1.1 connection, as a browser uses it: a request that arrives while the previous one is still
 * being handled, answered at once, must not leave the connection deaf to the next request.
 */
class KeptAliveConnectionsTest extends ApiTest {

    @Test
    void aConnectionKeepsAnsweringAfterAQuickAnswerToARequestThatHadToWait() throws IOException {
        Tenant tenant = quire.registerTenant("Kept Alive");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // Both in one write: the second request arrives while the first (which reads the database) runs.
            send(out, request("/api/v1/workspaces", tenant.apiKey()) + request("/actuator/health/liveness", null));
            assertThat(readStatus(in)).isEqualTo(200);
            assertThat(readStatus(in)).isEqualTo(200);

            send(out, request("/actuator/health/liveness", null));
            assertThat(readStatus(in)).as("the third request on the connection is answered").isEqualTo(200);
        }
    }

    private static String request(String path, String apiKey) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + (apiKey == null ? "" : "X-Api-Key: " + apiKey + "\r\n") + "\r\n";
    }

    private static void send(OutputStream out, String requests) throws IOException {
        out.write(requests.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one response (status line, headers, and a Content-Length or chunked body) and answers its status. */
    private static int readStatus(InputStream in) throws IOException {
        String status = line(in);
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                in.readNBytes((int) size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            in.readNBytes((int) length);
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static long chunkSize(InputStream in) throws IOException {
        return Long.parseLong(line(in).trim(), 16);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed mid-response");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
