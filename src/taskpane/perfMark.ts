/**
 * A named point on the page's performance timeline, for scripts/bench-taskpane.js (first render, host ready).
 * A no-op where the page has no User Timing (old WebViews, tests).
 */
export function perfMark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
