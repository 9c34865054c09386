package io.quire.contracts.billing;

/** One meter against its quota; {@code percent} is {@code used / quota × 100}, rounded down. */
public record UsageView(String meter, long used, long quota, long percent) {
}
