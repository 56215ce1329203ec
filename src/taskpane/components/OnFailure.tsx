/**
 * Keeps the pane up when a part of it fails to render – typically a lazily loaded chunk that could not be
 * downloaded (an intranet server restarted, the network dropped): `fallback` shows instead of that part.
 */
import { Component, ReactNode } from 'react';

export class OnFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
