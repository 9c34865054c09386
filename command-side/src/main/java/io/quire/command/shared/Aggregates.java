package io.quire.command.shared;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.function.Supplier;

/**
 * Loads aggregates by an id a client supplied. Streams are found by id alone, so an id of another kind of
 * aggregate (a workspace id where a notebook id belongs) finds a stream this aggregate cannot rebuild itself
 * from. To the client that is simply an id that does not name what it should.
 */
public final class Aggregates {

    private Aggregates() {
    }

    public static <T> Aggregate<T> load(Repository<T> repository, Object id, Supplier<RuntimeException> whenMissing) {
        try {
            return repository.load(id.toString());
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw whenMissing.get();
        }
    }

    /** Whether an exception means "no such aggregate of this kind". */
    public static boolean isMissing(Throwable error) {
        return error instanceof AggregateNotFoundException || error instanceof IncompatibleAggregateException;
    }
}
