import { render } from '@testing-library/react';
import { parseSnippet, unescapeHtml } from './snippet';
import { Snippet } from './Snippet';

describe('search snippets', () => {
  it('reads marks as highlights and the rest as text', () => {
    expect(parseSnippet('the <mark>quick</mark> brown <mark>fox</mark>')).toEqual([
      { text: 'the ', marked: false },
      { text: 'quick', marked: true },
      { text: ' brown ', marked: false },
      { text: 'fox', marked: true },
    ]);
  });

  it('turns escaped text back into characters, without ever interpreting it', () => {
    const { container } = render(
      <Snippet snippet={'&lt;script&gt;alert(1)&lt;/script&gt; and <mark>&lt;b&gt;bold&lt;/b&gt;</mark> &amp; &quot;q&quot;'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script> and <b>bold</b> & "q"');
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe('<b>bold</b>');
  });

  it('shows an escaped mark tag as the text it is', () => {
    const { container } = render(<Snippet snippet={'write &lt;mark&gt; to <mark>highlight</mark>'} />);
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('write <mark> to highlight');
  });

  it('treats raw markup other than mark as text', () => {
    const { container } = render(<Snippet snippet={'<img src=x onerror=alert(1)> <mark>hit</mark>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> hit');
  });

  it('keeps an unbalanced mark as plain text', () => {
    expect(parseSnippet('a <mark>b')).toEqual([{ text: 'a <mark>b', marked: false }]);
  });

  it('decodes numeric entities and leaves unknown ones alone', () => {
    expect(unescapeHtml('&#39;&#x27;&#8364; &nope; &#0;')).toBe("''€ &nope; &#0;");
  });
});
