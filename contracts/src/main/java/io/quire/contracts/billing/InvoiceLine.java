package io.quire.contracts.billing;

import java.math.BigDecimal;

/** One line of an invoice. {@code amountMinor} is {@code quantity × unitPrice}, rounded half-up to minor units once. */
public record InvoiceLine(
        String description,
        long quantity,
        BigDecimal unitPrice,
        long amountMinor) {
}
