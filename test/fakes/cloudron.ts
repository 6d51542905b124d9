/**
 * A fake Cloudron: a real HTTP server on 127.0.0.1 that models apps and their tasks closely
 * enough for the deploy flow, checks every request and answer against Cloudron's published API
 * description, and injects the faults the client must survive.
 *
 * Tasks advance one step each time they are read (`GET /tasks/{id}`), so tests drive them with
 * the client's own polling and a fake clock. A contract violation answers 500 and is kept in
 * `violations`, which every test expects to stay empty.
 *
 * Tests import only this module; apps and tasks live in `cloudron-model.ts`, faults in
 * `cloudron-faults.ts`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CloudronFaults, type FaultAction } from './cloudron-faults.ts';
import {
  FakeTasks,
  errorBody,
  newApp,
  readTask,
  renderApp,
  updateRefusal,
  type FakeApp,
  type FakeAppInit,
} from './cloudron-model.ts';
import { ContractViolation, OpenApiContract, type MatchedOperation } from './openapi-contract.ts';

export type { FakeApp, FakeAppInit } from './cloudron-model.ts';

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

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** The status answered, or what happened instead. */
  outcome: number | 'dropped' | 'stalled';
}

/** A request that passed the contract check, with what it takes to answer it. */
interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  record: RecordedRequest;
  op: MatchedOperation;
}

export class FakeCloudron {
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly updateBodies: Array<{ appId: string; body: Record<string, unknown> }> = [];
  readonly url: URL;

  private readonly apps = new Map<string, FakeApp>();
  private readonly tasks = new FakeTasks();
  private readonly posts = new Map<string, number>();
  private readonly armed = new CloudronFaults();
  readonly faults = this.armed.injectors;

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
    const app = newApp(init);
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
    return this.tasks.startBackup(this.app(appId), options).id;
  }

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
    const exchange: Exchange = { req, res, record, op };
    if (this.carryOut(exchange, this.armed.takeRequestFault(method, url.pathname))) return;

    const authorization = req.headers.authorization ?? '';
    const readOnly = authorization === `Bearer ${this.readOnlyToken}`;
    if (!readOnly && authorization !== `Bearer ${this.token}`) {
      return this.send(exchange, 401, errorBody('Unauthorized', 'Token invalid'));
    }
    if (readOnly && method !== 'GET') {
      return this.send(exchange, 403, errorBody('Forbidden', 'Token has no write scope'));
    }
    const key = `${op.method} ${op.template}`;
    if (key === 'GET /apps') {
      return this.send(exchange, 200, {
        apps: [...this.apps.values()].map((app) => renderApp(app)),
      });
    }
    if (key === 'GET /apps/{appId}') {
      const app = this.apps.get(op.params['appId']!);
      if (!app) return this.send(exchange, 404, errorBody('Not Found', 'No such app'));
      return this.send(exchange, 200, renderApp(app, true));
    }
    if (key === 'GET /tasks/{taskId}') {
      const task = this.tasks.get(op.params['taskId']!);
      if (!task) return this.send(exchange, 404, errorBody('Not Found', 'No such task'));
      return this.send(exchange, 200, readTask(task));
    }
    if (key === 'POST /apps/{appId}/update')
      return this.update(exchange, body as Record<string, unknown>);
    return this.violation(res, record, `${key}: the fake does not model this operation`);
  }

  private update(exchange: Exchange, body: Record<string, unknown>): void {
    const app = this.apps.get(exchange.op.params['appId']!);
    if (!app) return this.send(exchange, 404, errorBody('Not Found', 'No such app'));
    const refusal = updateRefusal(app, body);
    if (refusal) return this.send(exchange, refusal.status, refusal.body);
    this.posts.set(app.id, this.updatePosts(app.id) + 1);
    this.updateBodies.push({ appId: app.id, body: structuredClone(body) });
    const task = this.tasks.startUpdate(app, body, this.armed);

    if (this.carryOut(exchange, this.armed.takeLostUpdateAnswer(app.id))) return;
    this.send(exchange, 202, { taskId: Number(task.id) });
  }

  /** Whether an injected fault took the place of the answer (a stall answers nothing, ever). */
  private carryOut(exchange: Exchange, fault: FaultAction | undefined): boolean {
    if (fault === 'drop') {
      exchange.record.outcome = 'dropped';
      exchange.req.socket.destroy();
    }
    if (fault === '500')
      this.send(exchange, 500, errorBody('Internal Server Error', 'injected fault'));
    return fault !== undefined;
  }

  private send({ res, record, op }: Exchange, status: number, body: unknown): void {
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
    res.end(JSON.stringify(errorBody('Internal Server Error', `contract violation: ${message}`)));
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
