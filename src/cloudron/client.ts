/**
 * The Cloudron REST client: the four calls a deploy needs, over Node's fetch with a bearer token.
 * Reads are retried with backoff when the server fails (5xx) or the connection drops or times
 * out. The update POST is never repeated blindly: when its answer is lost, the app itself says
 * whether the update started, and its task is followed instead of asking again.
 */
import { ServiceError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  readApp,
  readAppList,
  readTask,
  readUpdateStarted,
  runsManifest,
  UnexpectedAnswer,
  type CloudronApp,
  type CloudronTask,
  type UpdateRequestBody,
} from './api.ts';
import { systemClock, type Clock } from './clock.ts';
import { formatDuration } from './text.ts';
import { parseCloudronUrl } from './url.ts';

/** How an update request ended. */
export interface UpdateStart {
  /**
   * The update's task. Undefined only when the answer was lost and the app was found already
   * running the new manifest, or about to start a task whose id it does not show yet.
   */
  taskId: string | undefined;
  /** The answer was lost and the outcome was learned by looking at the app. */
  recovered: boolean;
}

/** What the deploy flow needs from Cloudron; `CloudronClient` is the real one. */
export interface CloudronApi {
  /** The Cloudron's host, for messages. */
  readonly host: string;
  listApps(): Promise<CloudronApp[]>;
  getApp(appId: string): Promise<CloudronApp>;
  updateApp(appId: string, body: UpdateRequestBody): Promise<UpdateStart>;
  getTask(taskId: string): Promise<CloudronTask>;
}

export interface CloudronClientOptions {
  /** From `parseCloudronUrl`. */
  url: URL;
  /** A Cloudron API token with "Read and Write" access. */
  token: string;
  clock?: Clock;
  /** Retries and lost answers are reported here. */
  logger?: Logger;
  /** Per request; default 30 s. */
  requestTimeoutMs?: number;
  /** Tries per request before giving up; default 5. */
  maxAttempts?: number;
  /** First wait before a retry, doubled each time up to 30 s; default 1 s. */
  retryBaseMs?: number;
}

type Outcome = { kind: 'answer'; status: number; body: unknown } | { kind: 'lost'; reason: string };

const TOKEN_FIX =
  'Create an API token with "Read and Write" access (Cloudron dashboard → Profile → API Tokens) ' +
  'and put it in `cloudron-token` (CLI: CLOUDRON_TOKEN)';

export class CloudronClient implements CloudronApi {
  readonly host: string;
  private readonly clock: Clock;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly options: CloudronClientOptions;

  constructor(options: CloudronClientOptions) {
    this.options = options;
    // Checked again here so no caller can send the token over plain http to another machine.
    this.host = parseCloudronUrl(options.url.href).host;
    this.clock = options.clock ?? systemClock;
    this.timeoutMs = options.requestTimeoutMs ?? 30_000;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.retryBaseMs = options.retryBaseMs ?? 1000;
  }

  async listApps(): Promise<CloudronApp[]> {
    return this.parse('GET', '/apps', await this.read('/apps'), readAppList);
  }

  async getApp(appId: string): Promise<CloudronApp> {
    const path = `/apps/${encodeURIComponent(appId)}`;
    return this.parse('GET', path, await this.read(path), readApp);
  }

  async getTask(taskId: string): Promise<CloudronTask> {
    const path = `/tasks/${encodeURIComponent(taskId)}`;
    return this.parse('GET', path, await this.read(path), (body) =>
      readTask(body, this.options.token),
    );
  }

  async updateApp(appId: string, body: UpdateRequestBody): Promise<UpdateStart> {
    const path = `/apps/${encodeURIComponent(appId)}/update`;
    const version = String(body.manifest['version']);
    const dockerImage = String(body.manifest['dockerImage']);
    let answerLost = false;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.once('POST', path, body);
      if (outcome.kind === 'answer' && outcome.status === 202) {
        return {
          taskId: this.parse('POST', path, outcome.body, readUpdateStarted),
          recovered: answerLost,
        };
      }
      // A 409 after a lost answer most likely means the lost request did start the update.
      const conflictAfterLoss = answerLost && outcome.kind === 'answer' && outcome.status === 409;
      if (!isTransient(outcome) && !conflictAfterLoss) throw this.refusal('POST', path, outcome);

      this.options.logger?.warning(
        `Cloudron ${this.host}: the answer to the update of app ${appId} was lost ` +
          `(${describe(outcome)}); looking at the app before asking again`,
      );
      await this.clock.sleep(this.backoff(attempt));
      const app = await this.getApp(appId);
      if (app.taskId !== undefined) return { taskId: app.taskId, recovered: true };
      if (runsManifest(app, version, dockerImage) || app.installationState.startsWith('pending_')) {
        return { taskId: undefined, recovered: true };
      }
      if (conflictAfterLoss) throw this.refusal('POST', path, outcome);
      if (attempt >= this.maxAttempts) throw this.gaveUp('POST', path, outcome, attempt);
      // The app shows no task and the old manifest: the update did not start, so asking again
      // cannot start a second one (and Cloudron answers 409 should the first arrive late).
      answerLost = true;
    }
  }

  /** GET with retries on 5xx and lost answers; returns the body of a 200. */
  private async read(path: string): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.once('GET', path);
      if (outcome.kind === 'answer' && outcome.status === 200) return outcome.body;
      if (!isTransient(outcome)) throw this.refusal('GET', path, outcome);
      if (attempt >= this.maxAttempts) throw this.gaveUp('GET', path, outcome, attempt);
      const wait = this.backoff(attempt);
      this.options.logger?.debug(
        `Cloudron GET /api/v1${path}: ${describe(outcome)}; retrying in ${formatDuration(wait)} ` +
          `(attempt ${attempt + 1} of ${this.maxAttempts})`,
      );
      await this.clock.sleep(wait);
    }
  }

  private async once(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Outcome> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.options.token}`,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(new URL(`/api/v1${path}`, this.options.url), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        // A redirect would be followed without us knowing where the token goes.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text === '' ? undefined : JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { kind: 'answer', status: response.status, body: parsed };
    } catch (error) {
      return { kind: 'lost', reason: networkReason(error, this.timeoutMs) };
    }
  }

  private parse<T>(method: string, path: string, body: unknown, read: (body: unknown) => T): T {
    try {
      return read(body);
    } catch (error) {
      if (!(error instanceof UnexpectedAnswer)) throw error;
      throw new ServiceError(
        `Cloudron ${this.host} answered ${method} /api/v1${path} with ${error.message}; ` +
          'check that cloudron-url is the Cloudron dashboard address',
      );
    }
  }

  private refusal(method: string, path: string, outcome: Outcome): ServiceError {
    const where = `Cloudron ${this.host} ${method} /api/v1${path}`;
    if (outcome.kind === 'lost') return new ServiceError(`${where}: ${outcome.reason}`);
    const status = outcome.status;
    if (status === 401) {
      return new ServiceError(
        `${where}: the API token was rejected (HTTP 401). ${TOKEN_FIX}`,
        status,
      );
    }
    if (status === 403) {
      return new ServiceError(
        `${where}: the API token may not do this (HTTP 403); a Readonly token cannot update apps. ${TOKEN_FIX}`,
        status,
      );
    }
    if (status === 409) {
      return new ServiceError(
        `${where}: refused (HTTP 409), the app is busy or in an error state; ` +
          'repair it in the Cloudron dashboard, then rerun',
        status,
      );
    }
    if (status >= 300 && status < 400) {
      return new ServiceError(
        `${where}: answered with a redirect (HTTP ${status}); set cloudron-url to the address the dashboard is served from`,
        status,
      );
    }
    if (status === 404) {
      return new ServiceError(
        `${where}: not found (HTTP 404); check that cloudron-url is the Cloudron dashboard address and the app still exists`,
        status,
      );
    }
    return new ServiceError(
      `${where}: refused with HTTP ${status}; see the Cloudron dashboard's event log`,
      status,
    );
  }

  private gaveUp(method: string, path: string, outcome: Outcome, attempts: number): ServiceError {
    return new ServiceError(
      `Cloudron ${this.host} ${method} /api/v1${path}: ${describe(outcome)} on each of ${attempts} attempts; ` +
        `check that ${this.host} is up and reachable, then rerun`,
      outcome.kind === 'answer' ? outcome.status : undefined,
    );
  }

  private backoff(attempt: number): number {
    return Math.min(this.retryBaseMs * 2 ** (attempt - 1), 30_000);
  }
}

function isTransient(outcome: Outcome): boolean {
  return outcome.kind === 'lost' || outcome.status >= 500;
}

function describe(outcome: Outcome): string {
  return outcome.kind === 'lost' ? outcome.reason : `HTTP ${outcome.status}`;
}

/** Why a request got no answer, from the error's name and code only (never its text). */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${formatDuration(timeoutMs)}`;
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code =
    typeof cause?.code === 'string' && /^[A-Z_]{2,40}$/.test(cause.code) ? cause.code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host name not resolved (${code})`;
  return code === undefined ? 'connection dropped' : `connection dropped (${code})`;
}
