import { EventStreamParser, type ServerSentEvent } from './parser';

function parse(chunks: string[]) {
  const events: ServerSentEvent[] = [];
  const retries: number[] = [];
  const parser = new EventStreamParser((e) => events.push(e), (ms) => retries.push(ms));
  chunks.forEach((chunk) => parser.push(chunk));
  return { events, retries, parser };
}

describe('the event stream parser', () => {
  it('reads id, event and data of each message', () => {
    const { events } = parse(['id: 42\nevent: page\ndata: {"topic":"page"}\n\n']);
    expect(events).toEqual([{ id: '42', event: 'page', data: '{"topic":"page"}' }]);
  });

  it('waits for the blank line, however the text is cut into chunks', () => {
    const text = 'id: 1\nevent: page\ndata: one\n\nid: 2\nevent: dashboards\ndata: two\n\n';
    for (let size = 1; size <= text.length; size++) {
      const chunks = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(parse(chunks).events.map((e) => `${e.id}/${e.event}/${e.data}`)).toEqual(['1/page/one', '2/dashboards/two']);
    }
  });

  it('accepts CRLF and CR line ends, also when CRLF is split between chunks', () => {
    expect(parse(['data: a\r', '\n\r\n', 'data: b\r\r']).events.map((e) => e.data)).toEqual(['a', 'b']);
  });

  it('skips heartbeat comments and messages without data', () => {
    const { events } = parse([': heartbeat\n\n', 'event: page\n\n', ':\n', 'data: x\n\n']);
    expect(events).toEqual([{ id: undefined, event: 'message', data: 'x' }]);
  });

  it('joins multi-line data with newlines', () => {
    expect(parse(['data: first\ndata:second\ndata\n\n']).events[0].data).toBe('first\nsecond\n');
  });

  it('keeps the last id for later messages and for reconnecting', () => {
    const { events, parser } = parse(['id: 7\ndata: a\n\n', 'data: b\n\n']);
    expect(events.map((e) => e.id)).toEqual(['7', '7']);
    expect(parser.lastId).toBe('7');
  });

  it('reports retry and ignores a retry that is not a number', () => {
    expect(parse(['retry: 2500\n', 'retry: soon\n\n']).retries).toEqual([2500]);
  });

  it('drops a leading byte order mark', () => {
    expect(parse(['\uFEFFdata: x\n\n']).events[0].data).toBe('x');
  });
});
