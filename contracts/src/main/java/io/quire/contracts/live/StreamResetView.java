package io.quire.contracts.live;

/**
 * The stream cannot tell everything that changed (the client was away too long, or read too slowly): refetch what
 * is shown. Updates that follow are news again.
 *
 * @param topic    always {@code reset}
 * @param reason   why, for people reading logs
 * @param position the position up to which the refetch catches up; a later {@code Last-Event-ID} starts from here
 */
public record StreamResetView(String topic, String reason, long position) {
}
