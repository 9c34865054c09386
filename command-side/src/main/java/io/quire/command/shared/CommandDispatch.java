package io.quire.command.shared;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.identity.MetaDataKeys;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

/**
 * Sends commands on behalf of a caller. The JDBC event store blocks, so dispatch runs on a worker scheduler and
 * never on a Netty event loop. Every command is stamped with tenant, principal, request and correlation ids, which
 * Axon copies onto the events it causes.
 */
@Component
public class CommandDispatch {

    private final CommandGateway gateway;
    private final EventPositions positions;
    private final Scheduler scheduler;

    /**
     * {@code concurrency} bounds how many commands run at once. Each holds a JDBC connection while it runs, so it
     * must stay well below the pool size: the projections need connections too, or they fall behind under load.
     */
    public CommandDispatch(CommandGateway gateway, EventPositions positions,
                           @Value("${quire.commands.concurrency:8}") int concurrency) {
        this.gateway = gateway;
        this.positions = positions;
        this.scheduler = Schedulers.newBoundedElastic(concurrency, 100_000, "command-dispatch");
    }

    /**
     * Sends a creating command; the new aggregate {@code id} is at version 1. Handlers that first consult another
     * aggregate report a missing one themselves.
     */
    public Mono<CommandAck> create(Object command, Caller caller, String id) {
        return run(() -> {
            gateway.sendAndWait(stamped(command, caller));
            return acknowledge(id, 1);
        }, caller, "resource", id);
    }

    /** Sends a command to an existing aggregate whose handler answers with the resulting version. */
    public Mono<CommandAck> update(Object command, Caller caller, String kind, String id) {
        return run(() -> {
            Number version = gateway.sendAndWait(stamped(command, caller));
            return acknowledge(id, version.longValue());
        }, caller, kind, id);
    }

    private CommandAck acknowledge(String id, long version) {
        return new CommandAck(id, version, Long.toString(positions.positionOf(id, version)));
    }

    private Mono<CommandAck> run(Dispatch dispatch, Caller caller, String kind, String id) {
        return Mono.fromCallable(() -> {
            Map<String, String> previous = MDC.getCopyOfContextMap();
            MDC.put(MetaDataKeys.REQUEST_ID, caller.requestId());
            MDC.put(MetaDataKeys.TENANT_ID, String.valueOf(caller.tenantId()));
            try {
                return dispatch.call();
            } catch (RuntimeException e) {
                if (Aggregates.isMissing(e)) {
                    throw new NotFoundException(kind, id);
                }
                throw e;
            } finally {
                if (previous == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(previous);
                }
            }
        }).subscribeOn(scheduler);
    }

    private static GenericCommandMessage<?> stamped(Object command, Caller caller) {
        MetaData metaData = MetaData.with(MetaDataKeys.TENANT_ID, String.valueOf(caller.tenantId()))
                .and(MetaDataKeys.PRINCIPAL, caller.principal())
                .and(MetaDataKeys.REQUEST_ID, caller.requestId())
                .and(MetaDataKeys.CORRELATION_ID, caller.correlationId());
        return new GenericCommandMessage<>(command, metaData);
    }

    @FunctionalInterface
    private interface Dispatch {
        CommandAck call() throws Exception;
    }
}
