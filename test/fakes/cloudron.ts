/**
 * A fake Cloudron: a real HTTP server on 127.0.0.1 that models apps and their tasks closely
 * enough for the deploy flow, checks every request and answer against Cloudron's published API
 * description, and injects the faults the client must survive.
 *
 * Tasks advance one step each time they are read (`GET /tasks/{id}`), so tests drive them with
 * the client's own polling and a fake clock. A contract violation answers 500 and is kept in
 * `violations`, which every test expects to stay empty.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContractViolation, OpenApiContract, type MatchedOperation } from './openapi-contract.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Beside the clone in CI, as in the work tree: always relative to the repository. */
export const CLOUDRON_CONTRACT = path.resolve(
  repoRoot,
  '../shared/contracts/cloudron-openapi/openapi.json',
);

let contract: Promise<OpenApiContract> | undefined;
export function cloudronContract(): Promise<OpenApiContract> {
  contract ??= OpenApiContract.fromSplitFiles(CLOUDRON_CONTRACT, '/api/v1');
  return contract;
}

/**
 * Answers the description leaves out but real servers give (contracts/README.md): 409 for an
 * update of a busy app, 400 for a bad manifest, 404 for an unknown app. Their bodies are checked
 * against the error shape every documented failure of the operation uses.
 */
const OFF_DESCRIPTION: Record<string, number[]> = {
  'POST /apps/{appId}/update': [400, 404, 409],
  'GET /apps/{appId}': [404],
};

const TS = '2026-01-30T10:00:00.000Z';

export interface FakeAppInit {
  id: string;
  fqdn: string;
  manifest: Record<string, unknown>;
  installationState?: string;
  runState?: string;
  health?: string;
}

export interface FakeApp {
  id: string;
  fqdn: string;
  manifest: Record<string, unknown>;
  installationState: string;
  runState: string;
  health: string;
  taskId: string | undefined;
  error: string | null;
  /** Reads of the app still to answer `unhealthy` after an update; `never` for a broken app. */
  unhealthyReads: number | 'never';
  /** The app is in state `error` because an update failed: Cloudron lets the update be retried. */
  updateFailed: boolean;
}

interface FakeTask {
  id: string;
  appId: string;
  steps: Array<{ percent: number; message: string }>;
  /** -1 while queued, then the index of the step shown, `steps.length` when over. */
  position: number;
  failure: string | undefined;
  finish: (success: boolean) => void;
}

type FaultAction = '500' | 'drop' | 'stall';

interface Fault {
  method: string | undefined;
  prefix: string;
  action: FaultAction;
  remaining: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** The status answered, or what happened instead. */
  outcome: number | 'dropped' | 'stalled';
}

export class FakeCloudron {
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly updateBodies: Array<{ appId: string; body: Record<string, unknown> }> = [];
  readonly url: URL;

  private readonly apps = new Map<string, FakeApp>();
  private readonly tasks = new Map<string, FakeTask>();
  private readonly posts = new Map<string, number>();
  private readonly faultList: Fault[] = [];
  private readonly lostUpdates = new Map<string, FaultAction>();
  private readonly failingUpdates = new Map<string, string>();
  private readonly instantUpdates = new Set<string>();
  private readonly healthyAfter = new Map<string, number | 'never'>();
  private nextTaskId = 100;

  readonly token: string;
  readonly readOnlyToken: string;
  private readonly server: http.Server;
  private readonly contract: OpenApiContract;

  private constructor(
    server: http.Server,
    contract: OpenApiContract,
    token: string,
    readOnlyToken: string,
  ) {
    this.server = server;
    this.contract = contract;
    this.token = token;
    this.readOnlyToken = readOnlyToken;
    const { port } = server.address() as AddressInfo;
    this.url = new URL(`http://127.0.0.1:${port}/`);
  }

  static async start(
    options: { token?: string; readOnlyToken?: string } = {},
  ): Promise<FakeCloudron> {
    const checker = await cloudronContract();
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeCloudron(
      server,
      checker,
      options.token ?? 'rw-3f9c2a7b5d1e4068',
      options.readOnlyToken ?? 'ro-8a4d6c0e2f1b3957',
    );
    server.on('request', (req, res) => {
      fake.handle(req, res).catch((error: unknown) => {
        // A bug in the fake must fail the test, never hang the client.
        fake.violations.push(
          `fake crashed: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end();
      });
    });
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addApp(init: FakeAppInit): FakeApp {
    const app: FakeApp = {
      id: init.id,
      fqdn: init.fqdn,
      manifest: structuredClone(init.manifest),
      installationState: init.installationState ?? 'installed',
      runState: init.runState ?? 'running',
      health: init.health ?? 'healthy',
      taskId: undefined,
      error: null,
      unhealthyReads: 0,
      updateFailed: false,
    };
    this.apps.set(app.id, app);
    return app;
  }

  app(id: string): FakeApp {
    const app = this.apps.get(id);
    if (!app) throw new Error(`fake Cloudron: no app ${id}`);
    return app;
  }

  /** How many update POSTs reached the app (including those whose answer was then lost). */
  updatePosts(appId: string): number {
    return this.posts.get(appId) ?? 0;
  }

  /** Makes the app busy with a task of somebody else's (e.g. a backup) of `steps` steps. */
  startTask(
    appId: string,
    options: { state?: string; steps?: number; failure?: string } = {},
  ): string {
    const app = this.app(appId);
    const count = options.steps ?? 2;
    const steps = Array.from({ length: count }, (_, i) => ({
      percent: Math.max(1, Math.floor(((i + 1) * 100) / (count + 1))),
      message: `Backing up (${i + 1})`,
    }));
    const task = this.createTask(app, steps, options.failure, () => {
      app.installationState = 'installed';
      app.taskId = undefined;
    });
    app.installationState = options.state ?? 'pending_backup';
    return task.id;
  }

  readonly faults = {
    /** The next `count` requests (to paths starting with `prefix`) answer 500 unprocessed. */
    serverErrors: (count: number, prefix = '/api/v1/', method?: string) =>
      this.faultList.push({ method, prefix, action: '500', remaining: count }),
    /** The next request to a path starting with `prefix` has its connection dropped unanswered. */
    dropNext: (prefix: string, method?: string) =>
      this.faultList.push({ method, prefix, action: 'drop', remaining: 1 }),
    /** The next request to a path starting with `prefix` is never answered. */
    stallNext: (prefix: string, method?: string) =>
      this.faultList.push({ method, prefix, action: 'stall', remaining: 1 }),
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

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.url);
    const text = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      outcome: 'stalled',
    };
    this.requests.push(record);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return this.violation(res, record, `${method} ${url.pathname}: body is not JSON`);
    }
    let op: MatchedOperation;
    try {
      op = this.contract.checkRequest(method, url, body);
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      return this.violation(res, record, `request ${error.message}`);
    }
    const fault = this.takeFault(method, url.pathname);
    if (fault === 'drop') return this.drop(req, record);
    if (fault === 'stall') return;
    if (fault === '500')
      return this.send(res, record, op, 500, error('Internal Server Error', 'injected fault'));

    const authorization = req.headers.authorization ?? '';
    const readOnly = authorization === `Bearer ${this.readOnlyToken}`;
    if (!readOnly && authorization !== `Bearer ${this.token}`) {
      return this.send(res, record, op, 401, error('Unauthorized', 'Token invalid'));
    }
    if (readOnly && method !== 'GET') {
      return this.send(res, record, op, 403, error('Forbidden', 'Token has no write scope'));
    }
    const key = `${op.method} ${op.template}`;
    if (key === 'GET /apps') {
      return this.send(res, record, op, 200, {
        apps: [...this.apps.values()].map((app) => this.render(app)),
      });
    }
    if (key === 'GET /apps/{appId}') {
      const app = this.apps.get(op.params['appId']!);
      if (!app) return this.send(res, record, op, 404, error('Not Found', 'No such app'));
      return this.send(res, record, op, 200, this.render(app, true));
    }
    if (key === 'GET /tasks/{taskId}') {
      const task = this.tasks.get(op.params['taskId']!);
      if (!task) return this.send(res, record, op, 404, error('Not Found', 'No such task'));
      return this.send(res, record, op, 200, this.readTask(task));
    }
    if (key === 'POST /apps/{appId}/update')
      return this.update(req, res, record, op, body as Record<string, unknown>);
    return this.violation(res, record, `${key}: the fake does not model this operation`);
  }

  private update(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedRequest,
    op: MatchedOperation,
    body: Record<string, unknown>,
  ): void {
    const app = this.apps.get(op.params['appId']!);
    if (!app) return this.send(res, record, op, 404, error('Not Found', 'No such app'));
    if (
      app.taskId !== undefined ||
      (app.installationState !== 'installed' &&
        !(app.installationState === 'error' && app.updateFailed))
    ) {
      return this.send(
        res,
        record,
        op,
        409,
        error('Conflict', `Locked by task ${app.taskId ?? 'none'}`),
      );
    }
    const manifest = body['manifest'] as Record<string, unknown>;
    if (typeof manifest['dockerImage'] !== 'string') {
      return this.send(
        res,
        record,
        op,
        400,
        error('Bad Request', 'manifest.dockerImage is required'),
      );
    }
    if (manifest['id'] !== app.manifest['id'] && body['force'] !== true) {
      return this.send(res, record, op, 400, error('Bad Request', 'appStoreId changed; use force'));
    }
    this.posts.set(app.id, this.updatePosts(app.id) + 1);
    this.updateBodies.push({ appId: app.id, body: structuredClone(body) });
    const steps = [
      ...(body['skipBackup'] === true ? [] : [{ percent: 10, message: 'Backing up' }]),
      { percent: 40, message: 'Downloading image' },
      { percent: 70, message: 'Updating addons' },
      { percent: 90, message: 'Starting app' },
    ];
    const failure = this.failingUpdates.get(app.id);
    this.failingUpdates.delete(app.id);
    const task = this.createTask(app, steps, failure, (success) => {
      app.taskId = undefined;
      if (!success) {
        app.installationState = 'error';
        app.error = failure ?? 'failed';
        app.updateFailed = true;
        return;
      }
      app.manifest = structuredClone(manifest);
      app.installationState = 'installed';
      app.runState = 'running';
      app.error = null;
      app.updateFailed = false;
      app.unhealthyReads = this.healthyAfter.get(app.id) ?? 1;
      app.health = app.unhealthyReads === 0 ? 'healthy' : 'unhealthy';
    });
    app.installationState = 'pending_update';
    if (this.instantUpdates.has(app.id)) this.finishTask(task);

    const lost = this.lostUpdates.get(app.id);
    this.lostUpdates.delete(app.id);
    if (lost === 'drop') return this.drop(req, record);
    if (lost === 'stall') return;
    if (lost === '500')
      return this.send(res, record, op, 500, error('Internal Server Error', 'injected fault'));
    this.send(res, record, op, 202, { taskId: Number(task.id) });
  }

  private createTask(
    app: FakeApp,
    steps: FakeTask['steps'],
    failure: string | undefined,
    finish: FakeTask['finish'],
  ): FakeTask {
    const task: FakeTask = {
      id: String(++this.nextTaskId),
      appId: app.id,
      steps,
      position: -1,
      failure,
      finish,
    };
    this.tasks.set(task.id, task);
    app.taskId = task.id;
    return task;
  }

  private finishTask(task: FakeTask): void {
    task.position = task.steps.length;
    task.finish(task.failure === undefined);
  }

  /** What `GET /tasks/{id}` shows now; the task then moves one step on. */
  private readTask(task: FakeTask): Record<string, unknown> {
    const base = { id: task.id, type: 'app', creationTime: TS, ts: TS };
    let view: Record<string, unknown>;
    if (task.position < 0) {
      view = { ...base, active: true, pending: true, message: 'Queued' };
    } else if (task.position < task.steps.length) {
      const step = task.steps[task.position]!;
      view = {
        ...base,
        active: true,
        pending: false,
        percent: step.percent,
        message: step.message,
      };
    } else if (task.failure === undefined) {
      return {
        ...base,
        active: false,
        pending: false,
        percent: 100,
        message: 'Done',
        success: true,
        result: {},
      };
    } else {
      return {
        ...base,
        active: false,
        pending: false,
        percent: 100,
        message: task.failure,
        success: false,
        error: { message: task.failure },
      };
    }
    task.position += 1;
    if (task.position === task.steps.length) this.finishTask(task);
    return view;
  }

  private render(app: FakeApp, read = false): Record<string, unknown> {
    if (read && typeof app.unhealthyReads === 'number' && app.unhealthyReads > 0) {
      app.unhealthyReads -= 1;
      if (app.unhealthyReads === 0) app.health = 'healthy';
    }
    const [subdomain, ...rest] = app.fqdn.split('.');
    return {
      id: app.id,
      appStoreId: '',
      installationState: app.installationState,
      error: app.error,
      runState: app.runState,
      health: app.unhealthyReads === 'never' ? 'unhealthy' : app.health,
      ...(app.taskId === undefined ? {} : { taskId: app.taskId }),
      subdomain,
      domain: rest.join('.'),
      fqdn: app.fqdn,
      manifest: app.manifest,
      iconUrl: `/api/v1/apps/${app.id}/icon`,
      creationTime: TS,
      ts: TS,
      tags: [],
      enableBackup: true,
    };
  }

  private takeFault(method: string, pathname: string): FaultAction | undefined {
    const fault = this.faultList.find(
      (f) =>
        f.remaining > 0 &&
        pathname.startsWith(f.prefix) &&
        (f.method === undefined || f.method === method),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.action;
  }

  private drop(req: http.IncomingMessage, record: RecordedRequest): void {
    record.outcome = 'dropped';
    req.socket.destroy();
  }

  private send(
    res: http.ServerResponse,
    record: RecordedRequest,
    op: MatchedOperation,
    status: number,
    body: unknown,
  ): void {
    try {
      const offDescription =
        OFF_DESCRIPTION[`${op.method} ${op.template}`]?.includes(status) ?? false;
      // The documented 500 of these operations has the shared error shape.
      this.contract.checkResponse(op, offDescription ? 500 : status, body);
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      return this.violation(res, record, `response ${error.message}`);
    }
    record.outcome = status;
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private violation(res: http.ServerResponse, record: RecordedRequest, message: string): void {
    this.violations.push(message);
    record.outcome = 500;
    res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(error('Internal Server Error', `contract violation: ${message}`)));
  }
}

function error(status: string, message: string): { status: string; message: string } {
  return { status, message };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
