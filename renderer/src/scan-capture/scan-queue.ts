/** A committed scan waiting to be sent, with the idempotency key created when it was captured. */
export interface QueuedScan {
  readonly raw: string;
  readonly gestureId: string;
}

/**
 * Sends scans one at a time in capture order. A scan captured while another is in flight waits
 * behind it; nothing is dropped or reordered. `send` must settle (resolve or reject) for the next
 * scan to go, and a rejection is passed to `onSendFailed` before the queue moves on.
 */
export class ScanQueue<T extends QueuedScan = QueuedScan> {
  private readonly waiting: T[] = [];
  private running = false;

  constructor(
    private readonly send: (scan: T) => Promise<void>,
    private readonly onSendFailed: (scan: T, error: unknown) => void,
  ) {}

  enqueue(scan: T): void {
    this.waiting.push(scan);
    if (!this.running) {
      void this.drain();
    }
  }

  /** Scans not yet finished, including the one in flight. */
  pendingCount(): number {
    return this.waiting.length;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.waiting[0]; next !== undefined; next = this.waiting[0]) {
        try {
          await this.send(next);
        } catch (error) {
          this.onSendFailed(next, error);
        }
        this.waiting.shift();
      }
    } finally {
      this.running = false;
    }
  }
}
