package io.quire.platform.deadletter.infrastructure;

import org.axonframework.common.AxonTransientException;

/**
 * A handler failed while its group ran without savepoints. The failure may have left the transaction unusable or
 * half of the handler's writes in it, so it is transient on purpose: the batch rolls back and is handled again, in
 * savepoints (see {@link HandlerSavepoints}), where the event is dead-lettered if it fails again.
 */
class RetryInSavepoints extends AxonTransientException {

    RetryInSavepoints(String group, Throwable failure) {
        super("A handler of '" + group + "' failed; its batch is handled again in savepoints: " + failure, failure);
    }
}
