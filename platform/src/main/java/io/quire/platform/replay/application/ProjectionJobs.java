package io.quire.platform.replay.application;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replay or rebuild each processing group is going through, at most one at a time, and how the last one failed.
 * A second request for a busy group is refused, whatever kind it is.
 */
@Component
public class ProjectionJobs {

    /** A replay or rebuild in progress. */
    public interface Job {

        /** {@code replaying} or {@code rebuilding}. */
        String status();

        /** The position the job has reached, when it knows it. */
        OptionalLong position();
    }

    private final Map<String, Job> running = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    public void begin(String group, Job job) {
        Job other = running.putIfAbsent(group, job);
        if (other != null) {
            throw new ProjectionRefused("Projection '" + group + "' is already " + other.status()
                    + "; wait until it has finished");
        }
        failures.remove(group);
    }

    public void finish(String group, Job job) {
        running.remove(group, job);
    }

    public void fail(String group, Job job, Throwable failure) {
        failures.put(group, job.status() + " failed: " + describe(failure));
        running.remove(group, job);
    }

    public Optional<Job> current(String group) {
        return Optional.ofNullable(running.get(group));
    }

    public Optional<String> lastFailure(String group) {
        return Optional.ofNullable(failures.get(group));
    }

    /** The cause's own words, without a stack trace; operators see it in the projection list. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
