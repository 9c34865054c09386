/** A piece of a search snippet: plain text, or text the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Turns HTML entities back into the characters they stand for; anything unknown stays as it was written. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  try {
    return Number.isFinite(code) && code > 0 ? String.fromCodePoint(code) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Splits a search snippet into text and matches. The server sends HTML-escaped text in which only `<mark>` and
 * `</mark>` are markup; they are read here as delimiters and everything else becomes plain text, so the snippet is
 * rendered as React text nodes and never parsed as HTML. An unbalanced tag is treated as text.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (raw: string, marked: boolean) => {
    if (!raw) return;
    const text = unescapeHtml(raw);
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('<mark>');
    if (open < 0) {
      push(rest, false);
      break;
    }
    const close = rest.indexOf('</mark>', open + 6);
    if (close < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    push(rest.slice(open + 6, close), true);
    rest = rest.slice(close + 7);
  }
  return parts;
}
