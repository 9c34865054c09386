package io.quire.command.support;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.util.concurrent.Callable;

/**
 * A repository for handlers that load two aggregates of one type, such as a decision and the decision that
 * supersedes it. A fixture holds a single stream, so one id is served by the fixture's repository, whose events the
 * fixture checks, and every other id by an {@link EventHistory}.
 */
public final class SplitRepository<A> implements Repository<A> {

    private final String fixtureId;
    private final Repository<A> fixture;
    private final Repository<A> others;

    public SplitRepository(Object fixtureId, Repository<A> fixture, EventHistory<A> others) {
        this.fixtureId = fixtureId.toString();
        this.fixture = fixture;
        this.others = others.repository();
    }

    @Override
    public Aggregate<A> load(String id) {
        return pick(id).load(id);
    }

    @Override
    public Aggregate<A> load(String id, Long expectedVersion) {
        return pick(id).load(id, expectedVersion);
    }

    @Override
    public Aggregate<A> newInstance(Callable<A> factory) throws Exception {
        return fixture.newInstance(factory);
    }

    @Override
    public void send(Message<?> message, ScopeDescriptor scope) throws Exception {
        fixture.send(message, scope);
    }

    @Override
    public boolean canResolve(ScopeDescriptor scope) {
        return fixture.canResolve(scope);
    }

    private Repository<A> pick(String id) {
        return fixtureId.equals(id) ? fixture : others;
    }
}
