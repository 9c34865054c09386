import { parseSnippet } from './snippet';

/** A search snippet with its matches highlighted, built from text nodes only. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {parseSnippet(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
