/**
 * Decides whether an idle timer that has just fired may settle the scan buffer. A timer that
 * fires much later than scheduled means the page was busy (a long render, for example), and key
 * events sent meanwhile may still be queued behind it. Committing then would cut a scan in two,
 * so the caller re-arms the timer instead and lets the queued keys arrive first.
 *
 * @param scheduledFor when the timer was meant to fire, in milliseconds on the event clock
 * @param firedAt when it fired, on the same clock
 * @param toleranceMs lateness still taken as on time
 */
export function mayActOnIdleTimer(scheduledFor: number, firedAt: number, toleranceMs: number): boolean {
  return firedAt - scheduledFor <= toleranceMs;
}
