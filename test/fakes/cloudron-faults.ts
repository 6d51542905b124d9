/**
 * Faults a test arms on the fake Cloudron (`cloudron.ts`) before the client runs. Each is used up
 * by the request or update it hits, so a retry meets a sound server unless the test asks for more.
 */

export type FaultAction = '500' | 'drop' | 'stall';

interface RequestFault {
  method: string | undefined;
  prefix: string;
  action: FaultAction;
  remaining: number;
}

export class CloudronFaults {
  private readonly requestFaults: RequestFault[] = [];
  private readonly lostUpdates = new Map<string, FaultAction>();
  private readonly failingUpdates = new Map<string, string>();
  private readonly instantUpdates = new Set<string>();
  private readonly healthyAfter = new Map<string, number | 'never'>();

  /** What tests see as `fake.faults`: arrow functions, so they may be passed around unbound. */
  readonly injectors = {
    /** The next `count` requests (to paths starting with `prefix`) answer 500 unprocessed. */
    serverErrors: (count: number, prefix = '/api/v1/', method?: string) =>
      this.requestFaults.push({ method, prefix, action: '500', remaining: count }),
    /** The next request to a path starting with `prefix` has its connection dropped unanswered. */
    dropNext: (prefix: string, method?: string) =>
      this.requestFaults.push({ method, prefix, action: 'drop', remaining: 1 }),
    /** The next request to a path starting with `prefix` is never answered. */
    stallNext: (prefix: string, method?: string) =>
      this.requestFaults.push({ method, prefix, action: 'stall', remaining: 1 }),
    /** The next update of the app starts its task, then its answer is lost. */
    loseUpdateAnswer: (appId: string, how: FaultAction = 'drop') =>
      this.lostUpdates.set(appId, how),
    /** The next update task of the app fails with this message. */
    failNextUpdate: (appId: string, message: string) => this.failingUpdates.set(appId, message),
    /** Updates of the app finish before the POST is answered. */
    finishUpdatesAtOnce: (appId: string) => this.instantUpdates.add(appId),
    /** After an update, the app answers `unhealthy` for `reads` reads, or forever. */
    healthyAfter: (appId: string, reads: number | 'never') => this.healthyAfter.set(appId, reads),
  };

  /** The first armed fault matching the request wins; armed faults queue in order. */
  takeRequestFault(method: string, pathname: string): FaultAction | undefined {
    const fault = this.requestFaults.find(
      (f) =>
        f.remaining > 0 &&
        pathname.startsWith(f.prefix) &&
        (f.method === undefined || f.method === method),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.action;
  }

  takeUpdateFailure(appId: string): string | undefined {
    const failure = this.failingUpdates.get(appId);
    this.failingUpdates.delete(appId);
    return failure;
  }

  takeLostUpdateAnswer(appId: string): FaultAction | undefined {
    const lost = this.lostUpdates.get(appId);
    this.lostUpdates.delete(appId);
    return lost;
  }

  finishesUpdatesAtOnce(appId: string): boolean {
    return this.instantUpdates.has(appId);
  }

  /** A freshly updated app is still starting: one unhealthy read unless the test says otherwise. */
  unhealthyReadsAfterUpdate(appId: string): number | 'never' {
    return this.healthyAfter.get(appId) ?? 1;
  }
}
