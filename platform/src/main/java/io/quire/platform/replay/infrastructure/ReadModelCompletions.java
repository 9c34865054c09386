package io.quire.platform.replay.infrastructure;

import io.quire.query.shared.ReadModelCompletion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;

/**
 * Does what a read model left for later while it caught up ({@link ReadModelCompletion}) in a copy of it, so that a
 * rebuilt or evaluated copy is complete before it is swapped in or compared.
 */
@Component
public class ReadModelCompletions {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCompletions.class);

    private final List<ReadModelCompletion> completions;
    private final SchemaScope scope;

    public ReadModelCompletions(List<ReadModelCompletion> completions, SchemaScope scope) {
        this.completions = completions;
        this.scope = scope;
    }

    /** How many rows of the group's live read model wait to be completed; empty for a group that leaves none. */
    public OptionalLong pending(String processor) {
        List<ReadModelCompletion> own = completions.stream()
                .filter(completion -> completion.processingGroup().equals(processor)).toList();
        return own.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(own.stream().mapToLong(ReadModelCompletion::pending).sum());
    }

    /** Completes the model of the live processing group {@code processor} in {@code schema}. */
    public void complete(String processor, String schema) {
        completions.stream().filter(completion -> completion.processingGroup().equals(processor))
                .forEach(completion -> scope.run(schema, () -> {
                    long completed = completion.complete();
                    if (completed > 0) {
                        log.info("{} rows of processing group {} completed in {}", completed, processor, schema);
                    }
                }));
    }
}
