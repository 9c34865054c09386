package io.quire.query.live;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.live.DashboardsChangedView;
import io.quire.contracts.live.FindLiveUpdatesQuery;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "A dashboard changed, refetch" hints, at most one per tenant per {@code quire.live.dashboards-interval}: the first
 * change after a quiet interval is told at once, later ones wait for the interval's end and are told as one, so the
 * last change is never left untold. Hints go to the tenant's subscriptions that asked for {@code dashboards}.
 */
@Component
class DashboardPulse implements DisposableBean {

    private final QueryUpdateEmitter emitter;
    private final long intervalNanos;
    private final Map<TenantId, Window> windows = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-pulse");
        thread.setDaemon(true);
        return thread;
    });

    DashboardPulse(QueryUpdateEmitter emitter, LiveSettings settings) {
        this.emitter = emitter;
        this.intervalNanos = settings.dashboardsInterval().toNanos();
    }

    /** Something of the tenant changed at {@code position}. */
    void changed(TenantId tenant, long position, Instant at) {
        Window window = windows.computeIfAbsent(tenant, Window::new);
        DashboardsChangedView now = window.offer(new DashboardsChangedView(LiveTopics.DASHBOARDS, position, at));
        if (now != null) {
            send(tenant, now);
        }
    }

    private void send(TenantId tenant, DashboardsChangedView hint) {
        emitter.emit(FindLiveUpdatesQuery.class, query -> tenant.equals(query.tenantId())
                && query.topics().contains(LiveTopics.DASHBOARDS), hint);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** One tenant's throttle: when it last told, and the latest change it has not told yet. */
    private final class Window {

        private final TenantId tenant;
        private long lastSent = System.nanoTime() - intervalNanos;
        private DashboardsChangedView pending;

        private Window(TenantId tenant) {
            this.tenant = tenant;
        }

        /** The hint to send now, or {@code null} when it waits for the end of the interval. */
        private synchronized DashboardsChangedView offer(DashboardsChangedView hint) {
            long now = System.nanoTime();
            if (pending == null && now - lastSent >= intervalNanos) {
                lastSent = now;
                return hint;
            }
            if (pending == null) {
                timer.schedule(this::flush, lastSent + intervalNanos - now, TimeUnit.NANOSECONDS);
            }
            pending = hint;
            return null;
        }

        private void flush() {
            DashboardsChangedView due;
            synchronized (this) {
                due = pending;
                pending = null;
                lastSent = System.nanoTime();
            }
            if (due != null) {
                send(tenant, due);
            }
        }
    }
}
