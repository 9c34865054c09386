import { followEventStream, type StreamStatus } from './connect';
import { storeApiKey } from '../auth/credentials';

function streamOf(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('following an event stream with fetch', () => {
  it('sends the API key and, after a drop, the last event id', async () => {
    storeApiKey('qk_secret');
    const requests: Record<string, string>[] = [];
    const bodies = ['id: 5\nevent: page\ndata: {"position":5}\n\n', 'id: 6\nevent: page\ndata: {"position":6}\n\n'];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      requests.push(init.headers as Record<string, string>);
      const body = bodies.shift();
      return body ? new Response(streamOf(body), { status: 200 }) : new Promise<Response>(() => {});
    }) as unknown as typeof fetch;
    const seen: string[] = [];
    const stop = followEventStream('/api/v1/stream?topics=page', { onEvent: (e) => seen.push(e.data) }, fetchImpl);
    await until(() => seen.length === 2);
    stop();
    expect(requests[0]['X-Api-Key']).toBe('qk_secret');
    expect(requests[0]['Last-Event-ID']).toBeUndefined();
    expect(requests[1]['Last-Event-ID']).toBe('5');
  }, 10_000);

  it('stops for good on 401 and reports the problem', async () => {
    let calls = 0;
    const fetchImpl = (async () => {
      calls++;
      return new Response(JSON.stringify({ title: 'Unauthorized', status: 401, detail: 'This API key is not valid' }),
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } });
    }) as unknown as typeof fetch;
    const statuses: [StreamStatus, string | undefined][] = [];
    followEventStream('/api/v1/stream', {
      onEvent: () => {},
      onStatus: (status, problem) => statuses.push([status, problem?.detail]),
    }, fetchImpl);
    await until(() => statuses.some(([s]) => s === 'stopped'));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(1);
    expect(statuses).toContainEqual(['stopped', 'This API key is not valid']);
  });

  it('tells nothing more once stopped, so that a late status cannot overwrite what its owner shows now', async () => {
    storeApiKey('qk_secret');
    let answered: (response: Response) => void = () => {};
    const fetchImpl = (() => new Promise<Response>((resolve) => {
      answered = resolve;
    })) as unknown as typeof fetch;
    const statuses: StreamStatus[] = [];
    const stop = followEventStream('/api/v1/stream', {
      onEvent: () => {},
      onStatus: (status) => statuses.push(status),
    }, fetchImpl);
    await until(() => statuses.length === 1);
    stop();
    answered(new Response(streamOf('data: {}\n\n'), { status: 200 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(statuses).toEqual(['connecting']);
  });
});
