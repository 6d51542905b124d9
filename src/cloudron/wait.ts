/**
 * Waiting on Cloudron: following a task to its end and polling an app, both within one deadline
 * and backing off from 1 s to 5 s between looks.
 */
import { ServiceError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { isTaskDone, type CloudronTask } from './api.ts';
import type { CloudronApi } from './client.ts';
import type { Clock } from './clock.ts';

export const FIRST_POLL_MS = 1000;
export const MAX_POLL_MS = 5000;

export interface WaitContext {
  client: CloudronApi;
  logger: Logger;
  clock: Clock;
}

/** Backs off between looks: 1 s, 2 s, 4 s, then 5 s each time. */
export class Poller {
  private delay = FIRST_POLL_MS;
  private readonly clock: Clock;
  private readonly deadline: number;

  constructor(clock: Clock, deadline: number) {
    this.clock = clock;
    this.deadline = deadline;
  }

  /** Sleeps before the next look; throws `timedOut()` once the deadline has passed. */
  async next(timedOut: () => ServiceError): Promise<void> {
    const remaining = this.deadline - this.clock.now();
    if (remaining <= 0) throw timedOut();
    await this.clock.sleep(Math.min(this.delay, remaining));
    this.delay = Math.min(this.delay * 2, MAX_POLL_MS);
  }
}

/** `40% Downloading image`: the task's progress as one log line, or undefined when it has none. */
export function progressLine(task: CloudronTask): string | undefined {
  const parts = [
    task.percent === undefined ? undefined : `${task.percent}%`,
    task.pending ? 'queued' : undefined,
    task.message,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

/**
 * Polls the task until it is over and returns its last state, logging progress whenever it
 * changes. `timedOut` builds the error for a task still running at the deadline.
 */
export async function followTask(
  taskId: string,
  label: string,
  deadline: number,
  context: WaitContext,
  timedOut: () => ServiceError,
): Promise<CloudronTask> {
  const poller = new Poller(context.clock, deadline);
  let shown: string | undefined;
  for (;;) {
    const task = await context.client.getTask(taskId);
    const line = progressLine(task);
    if (line !== undefined && line !== shown) {
      context.logger.info(`${label}: task ${taskId}: ${line}`);
      shown = line;
    }
    if (isTaskDone(task)) return task;
    await poller.next(timedOut);
  }
}
