package io.quire.platform.sandbox.mail;

import io.quire.contracts.paging.ListRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** What the SMTP sandbox received, for the platform admin: where to read the mail Quire sent in the default run. */
@RestController
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class SandboxMailEndpoint {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final SandboxMailServer server;

    public SandboxMailEndpoint(SandboxMailServer server) {
        this.server = server;
    }

    public record MailList(List<ReceivedMail> items) {
    }

    /** Newest first, optionally only those addressed to {@code to}. */
    @GetMapping("/api/v1/admin/sandbox/mail")
    public MailList mail(@RequestParam(required = false) String to, @RequestParam(required = false) String limit) {
        int size = parseLimit(limit);
        boolean anyone = to == null || to.isBlank();
        return new MailList(server.received().stream()
                .filter(message -> anyone || ReceivedMail.isAddressedTo(message, to))
                .limit(size)
                .map(ReceivedMail::of)
                .toList());
    }

    private static int parseLimit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other value out of range
        }
        throw new ListRequest.Invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }
}
