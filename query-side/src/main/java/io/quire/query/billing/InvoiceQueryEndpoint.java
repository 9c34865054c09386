package io.quire.query.billing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.contracts.billing.InvoiceLine;
import io.quire.contracts.billing.InvoiceView;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.query.shared.Keyset;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.ReadYourWrites;
import io.quire.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** The caller's invoices, oldest or newest first, and one invoice in full. */
@RestController
public class InvoiceQueryEndpoint {

    private static final String KIND = "invoice";
    private static final String COLUMNS = "invoice_id, kind, status, period_start, period_end, lines::text AS lines, "
            + "total_minor, currency, attempts, last_failure, charge_id, refund_id, issued_at, paid_at, version";
    private static final TypeReference<List<InvoiceLine>> LINES = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final ReadYourWrites consistency;
    private final ObjectMapper json;

    public InvoiceQueryEndpoint(DatabaseClient db, ReadYourWrites consistency, ObjectMapper json) {
        this.db = db;
        this.consistency = consistency;
        this.json = json;
    }

    @GetMapping("/api/v1/billing/invoices")
    public Mono<ResponseEntity<ListPage<InvoiceView>>> list(
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String order,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ListRequest request = ListRequest.parse(limit, cursor);
        boolean newestFirst = newestFirst(order);
        String sql = "SELECT " + COLUMNS + " FROM invoice_view WHERE tenant_id = :tenant "
                + (newestFirst ? Keyset.before(request, "issued_at", "invoice_id")
                        + " ORDER BY issued_at DESC, invoice_id DESC LIMIT :limit"
                        : Keyset.after(request, "issued_at", "invoice_id") + " ORDER BY issued_at, invoice_id LIMIT :limit");
        Mono<ListPage<InvoiceView>> read = Keyset.bindAfterCreated(db.sql(sql), request)
                .bind("tenant", caller.tenantId().value())
                .map(this::view).all().collectList()
                .map(rows -> Keyset.page(rows, request.limit(), v -> v.issuedAt().toString(),
                        InvoiceView::invoiceId));
        return Reads.list(consistency.await(token, BillingProjection.PROCESSING_GROUP), read);
    }

    /**
     * {@code oldest} (the default) or {@code newest}. A cursor continues the order it was issued in: passed with the
     * other order, it continues from the same invoice the other way.
     */
    private static boolean newestFirst(String order) {
        if (order == null || order.equals("oldest")) {
            return false;
        }
        if (order.equals("newest")) {
            return true;
        }
        throw new ListRequest.Invalid("order", "order must be oldest or newest");
    }

    @GetMapping("/api/v1/billing/invoices/{invoiceId}")
    public Mono<ResponseEntity<InvoiceView>> get(@PathVariable String invoiceId,
                                                 @RequestParam(name = "consistency", required = false) String token,
                                                 @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID id = NotFound.parseId(KIND, invoiceId);
        Mono<InvoiceView> read = db.sql("SELECT " + COLUMNS
                        + " FROM invoice_view WHERE tenant_id = :tenant AND invoice_id = :id")
                .bind("tenant", caller.tenantId().value()).bind("id", id)
                .map(this::view).one();
        return Reads.single(consistency.await(token, BillingProjection.PROCESSING_GROUP), read, InvoiceView::version,
                NotFound.of(KIND, invoiceId));
    }

    private InvoiceView view(Readable row) {
        long total = row.get("total_minor", Long.class);
        String currency = row.get("currency", String.class);
        return new InvoiceView(row.get("invoice_id", UUID.class).toString(), row.get("kind", String.class),
                row.get("status", String.class), row.get("period_start", Instant.class),
                row.get("period_end", Instant.class), lines(row.get("lines", String.class)),
                BigDecimal.valueOf(total, Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString(),
                total, currency, row.get("attempts", Integer.class), row.get("last_failure", String.class),
                row.get("charge_id", String.class), row.get("refund_id", String.class),
                row.get("issued_at", Instant.class), row.get("paid_at", Instant.class), row.get("version", Long.class));
    }

    private List<InvoiceLine> lines(String raw) {
        try {
            return json.readValue(raw, LINES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
