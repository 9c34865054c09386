package io.quire.platform.deadletter.infrastructure;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processing groups whose handlers run in savepoints for now ({@link HandlerSavepoints}): each since a failure
 * (of a handler, or of its batch's commit, where deferred writes run), until a batch of theirs has committed in
 * savepoints with no failure after the one that made them careful.
 */
public final class CarefulGroups {

    /** Per careful group, how many failures it has met; a group is careful while it has an entry. */
    private final Map<String, Long> failures = new ConcurrentHashMap<>();

    public boolean isCareful(String group) {
        return failures.containsKey(group);
    }

    public void failed(String group) {
        failures.merge(group, 1L, Long::sum);
    }

    /** Once this transaction commits, the group may go back to running without savepoints. */
    void settleOnCommit(String group) {
        Long seen = failures.get(group);
        String marker = CarefulGroups.class.getName() + ":" + group;
        if (seen == null || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(marker)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(marker, seen);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(marker);
                if (status == STATUS_COMMITTED) {
                    failures.remove(group, seen);
                }
            }
        });
    }
}
