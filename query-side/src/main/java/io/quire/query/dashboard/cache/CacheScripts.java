package io.quire.query.dashboard.cache;

import org.springframework.data.redis.core.script.RedisScript;

/**
 * The two cache writes that must be atomic in Redis.
 * <p>
 * A reader that missed notes the scope's generation and the dashboard's epoch before it reads PostgreSQL, and stores
 * its answer only if neither has moved since. An eviction between the two (a projection committed while the reader
 * was reading) therefore keeps the reader's possibly older answer out of the cache.
 */
final class CacheScripts {

    /** KEYS: entry, index, generation, epoch. ARGV: value, ttl seconds, generation seen, epoch seen ('' = none). */
    static final RedisScript<Long> STORE = RedisScript.of("""
            if (redis.call('GET', KEYS[3]) or '') ~= ARGV[3] or (redis.call('GET', KEYS[4]) or '') ~= ARGV[4] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
            redis.call('SADD', KEYS[2], KEYS[1])
            redis.call('EXPIRE', KEYS[2], ARGV[2])
            return 1""", Long.class);

    /** KEYS: index, generation. ARGV: how long the generation outlives it, in seconds. Answers the entries evicted. */
    static final RedisScript<Long> EVICT = RedisScript.of("""
            redis.call('INCR', KEYS[2])
            redis.call('EXPIRE', KEYS[2], ARGV[1])
            local entries = redis.call('SMEMBERS', KEYS[1])
            for i = 1, #entries, 500 do
              redis.call('DEL', unpack(entries, i, math.min(i + 499, #entries)))
            end
            redis.call('DEL', KEYS[1])
            return #entries""", Long.class);

    private CacheScripts() {
    }
}
