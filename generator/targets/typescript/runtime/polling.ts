/**
 * `wait()`: poll a job until its status is terminal, within a deadline, backing off between polls, and
 * long-polling where the API can hold an answer until the status changes.
 */

import type { RequestOptions } from "./core.js";
import { APIUserAbortError, WaitTimeoutError } from "./errors.js";

export interface WaitOptions extends RequestOptions {
  /** Milliseconds to wait in all before giving up with `WaitTimeoutError` (default 600 000: ten minutes). */
  deadline?: number;
  /** Milliseconds between the first polls (default 1 000; grows by half up to 10 s). */
  pollInterval?: number;
}

export const MAX_INTERVAL = 10_000;
const LONG_POLL_MARGIN = 10_000;
const LONG_POLL_PAUSE = 1_000;

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new APIUserAbortError());
      },
      { once: true },
    );
  });
}

/** Call `fetch(options, longPollSeconds)` until the status field holds a terminal value; past the deadline,
 * reject with `WaitTimeoutError` carrying the last state. `longPollMax` is set when the retrieve call can
 * long-poll (0: no stated maximum). */
export async function poll<T>(
  fetch: (options: RequestOptions, longPoll: number | undefined) => PromiseLike<T>,
  settings: { statusField: string; terminal: readonly string[]; longPollMax?: number },
  options: WaitOptions = {},
  defaultTimeout = 60_000,
): Promise<T> {
  const { deadline: total = 600_000, pollInterval = 1_000, ...request } = options;
  const deadline = Date.now() + total;
  let interval = Math.max(pollInterval, 0);
  for (;;) {
    const started = Date.now();
    const remaining = deadline - started;
    let longPoll: number | undefined;
    if (settings.longPollMax !== undefined) {
      longPoll = Math.max(0, Math.floor((remaining - LONG_POLL_MARGIN) / 1000));
      if (settings.longPollMax > 0) longPoll = Math.min(longPoll, settings.longPollMax);
    }
    const floor = longPoll ? longPoll * 1000 + LONG_POLL_MARGIN : 0;
    const timeout = Math.min(Math.max(request.timeout ?? defaultTimeout, floor), Math.max(remaining, 1_000));
    const current = await fetch({ ...request, timeout }, longPoll);
    const status = (current as Record<string, unknown> | null)?.[settings.statusField];
    if (typeof status === "string" && settings.terminal.includes(status)) return current;
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new WaitTimeoutError(`Still ${JSON.stringify(status)} after ${total} ms`, current);
    }
    const base = settings.longPollMax !== undefined ? Math.min(interval, LONG_POLL_PAUSE) : interval;
    const delay = Math.min(Math.max(base - (Date.now() - started), 0), left);
    interval = Math.min(Math.max(interval * 1.5, 100), MAX_INTERVAL);
    await pause(delay, request.signal);
  }
}
