import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemView } from './ProblemView';

interface State {
  error: unknown;
}

/** Keeps a failing screen from blanking the whole app: the error is shown in its place, with a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: unknown }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidUpdate(previous: { resetKey?: unknown }) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null });
    }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A screen failed to render', error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <section className="panel">
          <h2>This screen could not be shown</h2>
          <ProblemView error={this.state.error} onRetry={() => this.setState({ error: null })} />
        </section>
      );
    }
    return this.props.children;
  }
}
