import { lazy, Suspense } from 'react';

// The Markdown renderer is a good part of the app's weight, and only pages need it: it loads with the first page shown.
const ReactMarkdown = lazy(() => import('react-markdown'));

/**
 * Renders a page body as Markdown. react-markdown builds React elements, never HTML strings: raw HTML in the text is
 * not interpreted and unsafe link protocols are dropped. Until the renderer has loaded, the text shows as it is.
 */
export function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <p className="muted">Nothing written yet.</p>;
  return (
    <div className="markdown">
      <Suspense fallback={<pre className="markdown-loading">{text}</pre>}>
        <ReactMarkdown>{text}</ReactMarkdown>
      </Suspense>
    </div>
  );
}
