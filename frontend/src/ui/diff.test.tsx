import { render, screen } from '@testing-library/react';
import { parseUnifiedDiff } from './diff';
import { DiffView } from './DiffView';

const DIFF = [
  '--- v1',
  '+++ v2',
  '@@ -1,3 +1,3 @@',
  ' # Findings',
  '-first draft',
  '+second draft',
  ' the end',
  '',
].join('\n');

describe('the diff view', () => {
  it('numbers lines on both sides and drops the file headers', () => {
    expect(parseUnifiedDiff(DIFF)).toEqual([
      { kind: 'hunk', text: '@@ -1,3 +1,3 @@' },
      { kind: 'context', text: '# Findings', oldNumber: 1, newNumber: 1 },
      { kind: 'removed', text: 'first draft', oldNumber: 2 },
      { kind: 'added', text: 'second draft', newNumber: 2 },
      { kind: 'context', text: 'the end', oldNumber: 3, newNumber: 3 },
    ]);
  });

  it('shows added and removed lines and counts them', () => {
    const { container } = render(<DiffView diff={DIFF} from={1} to={2} />);
    expect(screen.getByText(/Changes from version 1 to version 2/)).toBeInTheDocument();
    expect(container.querySelector('.diff-added .diff-text')).toHaveTextContent('second draft');
    expect(container.querySelector('.diff-removed .diff-text')).toHaveTextContent('first draft');
    expect(container.querySelector('.diff-added-count')).toHaveTextContent('+1');
    expect(container.querySelector('.diff-removed-count')).toHaveTextContent('−1');
  });

  it('says so when the bodies are the same', () => {
    render(<DiffView diff="" from={2} to={3} />);
    expect(screen.getByText('The text of version 2 and version 3 is the same.')).toBeInTheDocument();
  });

  it('renders markup in the page text as text', () => {
    const { container } = render(<DiffView diff={'@@ -1 +1 @@\n-<b>x</b>\n+<img src=x>\n'} from={1} to={2} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.diff-added .diff-text')).toHaveTextContent('<img src=x>');
  });
});
