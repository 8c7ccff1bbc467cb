import { Component, type ErrorInfo, type ReactNode } from 'react';
import { usePlanStorageHealth } from '@/store/plan-store';

interface State {
  error: Error | null;
}

/** Shows a plain message instead of a blank page when rendering fails. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="fatal-error">
          <h1>The planner could not start</h1>
          <SavedPicksNote />
          <pre>{this.state.error.message}</pre>
        </div>
      );
    }
    return this.props.children;
  }
}

/** What a crash leaves of the plan: saved picks are kept only while the browser takes the writes. */
function SavedPicksNote() {
  const notSaving = usePlanStorageHealth((health) => health.notSaving);
  return notSaving ? (
    <p>
      Your latest picks could not be saved in this browser, so they may be lost. Reload the page to
      try again.
    </p>
  ) : (
    <p>Your starred talks are still saved in this browser. Reload the page to try again.</p>
  );
}
