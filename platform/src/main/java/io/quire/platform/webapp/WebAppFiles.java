package io.quire.platform.webapp;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The web app's files (the {@code frontend} jar's {@code static/}), read into memory once at start-up. Streaming
 * them out of the nested jar on every request now and then left a kept-alive connection without an answer; the whole
 * app is about a megabyte and never changes while Quire runs, so it is served from memory instead.
 */
@Component
public class WebAppFiles {

    /** One file: its bytes, its media type and an ETag made from its content. */
    public record File(byte[] body, MediaType type, String etag) {
    }

    private static final String ROOT = "static/";

    private final Map<String, File> files;

    public WebAppFiles() {
        this.files = Map.copyOf(load());
    }

    /** The file at {@code path} ({@code /index.html}, {@code /assets/index-1a2b.js}…), if the app has one. */
    public Optional<File> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    private static Map<String, File> load() {
        Map<String, File> found = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**")) {
                String url = resource.getURL().toString();
                int root = url.lastIndexOf("/" + ROOT);
                if (!resource.isReadable() || root < 0 || url.endsWith("/")) {
                    continue;
                }
                String path = url.substring(root + ROOT.length());
                byte[] body = resource.getContentAsByteArray();
                MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
                found.put(path, new File(body, type, "\"" + digest(body) + "\""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The web app's files could not be read", e);
        }
        return found;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
