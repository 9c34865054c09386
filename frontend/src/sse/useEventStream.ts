import { useEffect, useRef, useState } from 'react';
import { followEventStream, type StreamStatus } from './connect';
import type { ServerSentEvent } from './parser';

/**
 * Follows a Server-Sent Events stream while `enabled`, handing each event to `onEvent`, and answers the stream's
 * status (`off` while disabled), so that a screen can poll instead while the stream is not open. The latest
 * `onEvent` is used without reconnecting.
 */
export function useEventStream(path: string, enabled: boolean, onEvent: (event: ServerSentEvent) => void):
  StreamStatus | 'off' {
  const [status, setStatus] = useState<StreamStatus | 'off'>('off');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!enabled) {
      setStatus('off');
      return undefined;
    }
    const stop = followEventStream(path, {
      onEvent: (event) => handler.current(event),
      onStatus: (s) => setStatus(s),
    });
    return () => {
      stop();
      setStatus('off');
    };
  }, [path, enabled]);
  return status;
}
