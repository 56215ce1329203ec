/**
 * Single-flight queue with a timeout for host batches (Office.js `Excel.run`, WPS, Univer).
 *
 * Why single-flight: two overlapping Office.js batches can interleave their writes and reads, and a second
 * batch started while the first waits for the user to leave cell-edit mode only piles up. Why a timeout:
 * `context.sync()` has been reported to never settle (office-js #4273, #6678); the user gets a Chinese
 * message instead of a spinner that never stops.
 *
 * A timed-out task is abandoned, not cancelled (hosts offer no cancellation): the queue moves on, and
 * whatever the task still resolves to later is ignored.
 */
import { HostError } from './host';
import { excelMessages } from '../strings/excel';

export interface RunQueueOptions {
  /** Milliseconds before a task is abandoned with HostError('timeout'). */
  timeoutMs?: number;
  /** Builds the Chinese timeout message. */
  timeoutMessage?: (seconds: number) => string;
}

export class RunQueue {
  private tail: Promise<void> = Promise.resolve();
  private readonly timeoutMs: number;
  private readonly timeoutMessage: (seconds: number) => string;
  private pending = 0;

  constructor(options: RunQueueOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30000;
    this.timeoutMessage = options.timeoutMessage ?? excelMessages.timeout;
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.pending;
  }

  /** Runs `task` after every earlier task settled (or timed out). */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(() => this.withTimeout(task));
    // The next task waits for this one whatever its outcome.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result.finally(() => {
      this.pending--;
    });
  }

  private withTimeout<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new HostError(this.timeoutMessage(Math.round(this.timeoutMs / 1000)), 'timeout'));
      }, this.timeoutMs);
      let started: Promise<T>;
      try {
        started = task();
      } catch (e) {
        started = Promise.reject(e);
      }
      started.then(
        (value) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}
