package io.quire.bench.history;

import java.util.Arrays;
import java.util.UUID;

/**
 * The generated aggregates of one kind: their ids, parents (tenant, workspace or notebook), versions, whether they
 * are archived, and their latest child (the newest page of a workspace), or -1.
 */
final class Aggregates {

    private UUID[] ids;
    private int[] parents;
    private int[] versions;
    private boolean[] archived;
    private int[] latestChild;
    int count;

    Aggregates(int capacity) {
        ids = new UUID[capacity];
        parents = new int[capacity];
        versions = new int[capacity];
        archived = new boolean[capacity];
        latestChild = new int[capacity];
    }

    int add(UUID id, int parent) {
        if (count == ids.length) {
            int grown = ids.length * 2;
            ids = Arrays.copyOf(ids, grown);
            parents = Arrays.copyOf(parents, grown);
            versions = Arrays.copyOf(versions, grown);
            archived = Arrays.copyOf(archived, grown);
            latestChild = Arrays.copyOf(latestChild, grown);
        }
        ids[count] = id;
        parents[count] = parent;
        latestChild[count] = -1;
        return count++;
    }

    UUID id(int index) {
        return ids[index];
    }

    int parent(int index) {
        return parents[index];
    }

    void reparent(int index, int parent) {
        parents[index] = parent;
    }

    /** The current version, which is also the sequence number the next event gets. */
    long version(int index) {
        return versions[index];
    }

    /** Counts one more event and answers the version it makes. */
    long bump(int index) {
        return ++versions[index];
    }

    boolean archived(int index) {
        return archived[index];
    }

    void archive(int index, boolean value) {
        archived[index] = value;
    }

    int latestChild(int index) {
        return latestChild[index];
    }

    void latestChild(int index, int child) {
        latestChild[index] = child;
    }
}
