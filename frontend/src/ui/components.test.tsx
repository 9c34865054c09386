import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { useState } from 'react';
import { ApiProblem } from '../api/problem';
import { Dialog } from './Dialog';
import { ErrorBoundary } from './ErrorBoundary';
import { ProblemView } from './ProblemView';
import { UsageBar } from './UsageBar';

describe('the problem display', () => {
  it('shows the problem title and detail', () => {
    render(<MemoryRouter><ProblemView error={new ApiProblem({
      status: 422, title: 'Unprocessable Content', detail: 'quorum must be from 1 to the number of approvers, 2',
    })} /></MemoryRouter>);
    expect(screen.getByRole('alert')).toHaveTextContent('Unprocessable Content');
    expect(screen.getByRole('alert')).toHaveTextContent('quorum must be from 1 to the number of approvers, 2');
  });

  it('offers to sign in again after a 401', () => {
    render(<MemoryRouter><ProblemView error={new ApiProblem({ status: 401, title: 'Unauthorized' })} /></MemoryRouter>);
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/sign-in');
  });

  it('offers a retry when given one', async () => {
    const retry = vi.fn();
    render(<MemoryRouter><ProblemView error={new TypeError('Failed to fetch')} onRetry={retry} /></MemoryRouter>);
    expect(screen.getByRole('alert')).toHaveTextContent('Quire is not reachable');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalled();
  });
});

describe('the error boundary', () => {
  it('shows a failing screen as a problem instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('render failed');
    }
    render(<MemoryRouter><ErrorBoundary><Broken /></ErrorBoundary></MemoryRouter>);
    expect(screen.getByRole('heading', { name: 'This screen could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('render failed');
    spy.mockRestore();
  });
});

describe('usage bars', () => {
  it('show use against the quota', () => {
    render(<UsageBar meter="pages" used={25} quota={100} />);
    const bar = screen.getByRole('progressbar', { name: 'Pages' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByText(/25 of 100/)).toBeInTheDocument();
    expect(screen.queryByText('Quota reached')).toBeNull();
  });

  it('warn near the quota and say when it is reached', () => {
    const { container, rerender } = render(<UsageBar meter="members" used={4} quota={5} />);
    expect(container.firstChild).toHaveClass('usage-near');
    rerender(<UsageBar meter="members" used={7} quota={5} />);
    expect(container.firstChild).toHaveClass('usage-over');
    expect(screen.getByText('Quota reached')).toBeInTheDocument();
    expect(container.querySelector('.usage-fill')).toHaveStyle({ width: '100%' });
  });
});

describe('dialogs', () => {
  function Opener() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>Open</button>
        {open && (
          <Dialog title="Confirm" onClose={() => setOpen(false)}>
            <button type="button">First</button>
            <button type="button">Last</button>
          </Dialog>
        )}
      </>
    );
  }

  it('take focus, keep it inside, close on Escape and give focus back', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Confirm' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Last' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
