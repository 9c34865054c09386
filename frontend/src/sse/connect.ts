import { authHeaders } from '../api/client';
import { ApiProblem, problemFrom } from '../api/problem';
import { EventStreamParser, type ServerSentEvent } from './parser';

export type StreamStatus = 'connecting' | 'open' | 'retrying' | 'stopped';

export interface StreamHandlers {
  onEvent: (event: ServerSentEvent) => void;
  onStatus?: (status: StreamStatus, problem?: ApiProblem) => void;
}

/** Answers after which trying again cannot help: bad credentials, no such stream, a bad request. */
const FATAL = new Set([400, 401, 403, 404, 405]);

/**
 * Follows a Server-Sent Events stream with `fetch`, because `EventSource` cannot send the `X-Api-Key` or
 * `Authorization` header. When the connection drops it reconnects with `Last-Event-ID`, waiting a little longer
 * each time (the server's `retry:` or `Retry-After` when it gives one). Call the returned function to stop.
 */
export function followEventStream(path: string, handlers: StreamHandlers, fetchImpl: typeof fetch = fetch): () => void {
  const controller = new AbortController();
  // A page that is left ends its stream at once, so that its connection (browsers allow six per host) is free for
  // the next page's requests.
  const stop = () => controller.abort();
  window.addEventListener('pagehide', stop);
  controller.signal.addEventListener('abort', () => window.removeEventListener('pagehide', stop), { once: true });
  // Once stopped, the follower tells nothing more: its owner has moved on (signed out, left the screen), and a late
  // status would overwrite what the owner shows now.
  const report: NonNullable<StreamHandlers['onStatus']> = (status, problem) => {
    if (!controller.signal.aborted) handlers.onStatus?.(status, problem);
  };
  let lastId: string | undefined;
  let retryMs = 1000;
  let failures = 0;

  const wait = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    controller.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

  async function connectOnce(): Promise<{ fatal: boolean; delay?: number }> {
    report(failures === 0 ? 'connecting' : 'retrying');
    const headers: Record<string, string> = { Accept: 'text/event-stream', ...authHeaders(path) };
    if (lastId !== undefined) headers['Last-Event-ID'] = lastId;
    const response = await fetchImpl(path, { headers, signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) {
      const problem = await problemFrom(response);
      report(FATAL.has(response.status) ? 'stopped' : 'retrying', problem);
      const retryAfter = Number(response.headers.get('Retry-After'));
      return { fatal: FATAL.has(response.status), delay: retryAfter > 0 ? retryAfter * 1000 : undefined };
    }
    failures = 0;
    report('open');
    const parser = new EventStreamParser(handlers.onEvent, (ms) => {
      retryMs = ms;
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(value);
      lastId = parser.lastId ?? lastId;
    }
    return { fatal: false };
  }

  (async () => {
    while (!controller.signal.aborted) {
      let outcome: { fatal: boolean; delay?: number };
      try {
        outcome = await connectOnce();
      } catch (error) {
        if (controller.signal.aborted) break;
        report('retrying', new ApiProblem({
          status: 0, title: 'Live updates interrupted', detail: (error as Error).message,
        }));
        outcome = { fatal: false };
      }
      if (controller.signal.aborted) break;
      if (outcome.fatal) return;
      failures++;
      await wait(outcome.delay ?? Math.min(retryMs * 2 ** Math.min(failures - 1, 4), 30_000));
    }
    report('stopped');
  })();

  return stop;
}
