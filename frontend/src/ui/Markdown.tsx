import ReactMarkdown from 'react-markdown';

/**
 * Renders a page body as Markdown. react-markdown builds React elements, never HTML strings: raw HTML in the text is
 * not interpreted and unsafe link protocols are dropped.
 */
export function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <p className="muted">Nothing written yet.</p>;
  return (
    <div className="markdown">
      <ReactMarkdown>{text}</ReactMarkdown>
    </div>
  );
}
