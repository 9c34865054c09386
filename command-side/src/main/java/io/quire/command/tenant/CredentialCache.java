package io.quire.command.tenant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers for a few seconds what presented API keys resolved to, so that authenticating a request usually costs
 * no database round trip. Revoking a key, or suspending or reactivating a tenant, empties it on this node at once
 * (and again when that change commits); other nodes follow within the time to live
 * ({@code quire.auth.credential-cache-ttl}, 0 turns the cache off). Unknown keys are never remembered, so a key
 * issued on another node works there at once.
 */
@Component
public class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    /** Counts invalidations: a lookup that started before one must not store what it read. */
    private final AtomicLong generation = new AtomicLong();

    public CredentialCache(@Value("${quire.auth.credential-cache-ttl:5s}") Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    private record Entry(Credential credential, Instant expires) {
    }

    /** The remembered credential for a key hash, or null. */
    Credential get(String keyHash) {
        Entry entry = byHash.get(keyHash);
        if (entry == null) {
            return null;
        }
        if (entry.expires().isBefore(clock.instant())) {
            byHash.remove(keyHash, entry);
            return null;
        }
        return entry.credential();
    }

    /** Where a lookup starts: pass it to {@link #put} with what the lookup found. */
    long generation() {
        return generation.get();
    }

    void put(String keyHash, Credential credential, long readAt) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear();
        }
        byHash.put(keyHash, new Entry(credential, clock.instant().plus(ttl)));
        if (generation.get() != readAt) {
            // An invalidation ran while the lookup read; what it read may be the state before it.
            byHash.remove(keyHash);
        }
    }

    /**
     * Forgets everything, now and once the surrounding transaction commits: a request that reads in between would
     * otherwise remember the state from before the change.
     */
    public void invalidate() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        generation.incrementAndGet();
        byHash.clear();
    }
}
