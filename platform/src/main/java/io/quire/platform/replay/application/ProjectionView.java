package io.quire.platform.replay.application;

import java.util.List;

/**
 * A processing group's progress. {@code position} is the last event it has handled (for a rebuild: the shadow
 * model's), {@code head} the newest event in the store. {@code replayable} says whether it may be replayed, rebuilt
 * and evaluated, {@code refusal} why not, and {@code lastFailure} how its last replay or rebuild failed.
 * {@code pendingRows} counts the rows a catch-up left to complete (the search index's documents waiting for their
 * terms), for the groups that leave any; the read model is complete when it is 0 and the position is the head.
 */
public record ProjectionView(String name, String status, long position, long head, double percent,
                             double eventsPerSecond, Long etaSeconds, List<String> tables, boolean replayable,
                             String refusal, String lastFailure, Long pendingRows) {
}
