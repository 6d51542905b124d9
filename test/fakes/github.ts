/**
 * A fake of the GitHub REST API: a real HTTP server on 127.0.0.1 whose every request and answer
 * is checked against `@octokit/openapi`'s description of api.github.com. A request the real API
 * would refuse is answered 422 and recorded in `violations`; an answer of the fake that does not
 * fit the description is recorded too and turned into a 500, so tests fail either way.
 *
 * Handlers are registered by the operation's documented template (`GET /repos/{owner}/{repo}/releases`),
 * so later features add endpoints without touching the dispatch.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ContractViolation, OpenApiContract, type MatchedOperation } from './openapi-contract.ts';

export interface FakeRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  body: unknown;
  headers: IncomingMessage['headers'];
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'drop' };

interface ArmedFault {
  method: string | undefined;
  path: RegExp | undefined;
  fault: Fault;
  times: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
}

/** A release as a test states it; the fake fills in the rest of GitHub's release object. */
export interface FakeRelease {
  tag: string;
  publishedAt: string;
  draft?: boolean;
  prerelease?: boolean;
  body?: string;
}

let contractPromise: Promise<OpenApiContract> | undefined;
/** The description is 13 MB; parse it once per test file. */
export function githubContract(): Promise<OpenApiContract> {
  contractPromise ??= OpenApiContract.github();
  return contractPromise;
}

export class GitHubFake {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** When set, only this token is accepted; anything else gets 401 Bad credentials. */
  token: string | undefined;
  /** Called before each request is answered: a test's way to act "meanwhile" (a concurrent push). */
  readonly beforeRequest: ((method: string, path: string) => Promise<void> | void)[] = [];
  private readonly handlers = new Map<string, Handler>();
  private readonly faults: ArmedFault[] = [];
  private readonly releases = new Map<string, FakeRelease[]>();
  private readonly sockets = new Set<Socket>();
  private nextId = 1000;

  private readonly server: Server;
  private readonly contract: OpenApiContract;
  readonly url: string;

  private constructor(server: Server, contract: OpenApiContract, url: string) {
    this.server = server;
    this.contract = contract;
    this.url = url;
    this.handle('GET /repos/{owner}/{repo}/releases', (request) => this.listReleases(request));
  }

  static async start(): Promise<GitHubFake> {
    const contract = await githubContract();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new GitHubFake(server, contract, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => void fake.dispatch(req, res));
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    return fake;
  }

  /** Registers the handler of a documented operation, e.g. `POST /repos/{owner}/{repo}/git/blobs`. */
  handle(operation: string, handler: Handler): void {
    this.handlers.set(operation, handler);
  }

  /** Releases of `owner/repo`, oldest first, as they were created. */
  setReleases(repo: string, releases: FakeRelease[]): void {
    this.releases.set(repo, releases);
  }

  /** The next `times` requests that match get the fault instead of an answer. */
  injectFault(match: { method?: string; path?: RegExp }, fault: Fault, times = 1): void {
    this.faults.push({ method: match.method, path: match.path, fault, times });
  }

  /** Requests that could change something on GitHub. */
  get writeRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const record = (status: number) =>
      this.requests.push({ method, path: url.pathname, query: url.search, status });
    const raw = await readBody(req);
    for (const listener of this.beforeRequest) await listener(method, url.pathname);

    const armed = this.faults.find(
      (f) =>
        f.times > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(url.pathname)),
    );
    if (armed) {
      armed.times--;
      if (armed.fault.kind === 'drop') {
        record(0);
        req.socket.destroy();
        return;
      }
      const body = armed.fault.body ?? {
        message: 'Server Error',
        documentation_url: 'https://docs.github.com/rest',
      };
      this.checkErrorBody(body, `${method} ${url.pathname} (injected)`);
      record(armed.fault.status);
      send(res, { status: armed.fault.status, body, headers: armed.fault.headers });
      return;
    }

    let operation: MatchedOperation;
    let body: unknown;
    try {
      body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
      operation = this.contract.checkRequest(method, url, body);
    } catch (error) {
      this.violations.push(`request: ${(error as Error).message}`);
      record(422);
      send(res, {
        status: 422,
        body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' },
      });
      return;
    }

    if (this.token !== undefined && req.headers.authorization !== `token ${this.token}`) {
      record(401);
      send(res, {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      });
      return;
    }

    const handler = this.handlers.get(`${operation.method} ${operation.template}`);
    let response: FakeResponse;
    try {
      response = handler
        ? await handler({ method, url, params: operation.params, body, headers: req.headers })
        : {
            status: 501,
            body: { message: `fake: ${operation.method} ${operation.template} not modelled` },
          };
      if (handler) this.contract.checkResponse(operation, response.status, response.body);
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof ContractViolation) this.violations.push(`response: ${message}`);
      response = { status: 500, body: { message } };
    }
    record(response.status);
    send(res, response);
  }

  private checkErrorBody(body: unknown, where: string): void {
    try {
      this.contract.checkSchema('basic-error', body, where);
    } catch (error) {
      this.violations.push(`response: ${(error as Error).message}`);
    }
  }

  private listReleases(request: FakeRequest): FakeResponse {
    const { owner, repo } = request.params as { owner: string; repo: string };
    const all = this.releases.get(`${owner}/${repo}`);
    if (!all)
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      };
    const perPage = Number(request.url.searchParams.get('per_page') ?? 30);
    const page = Number(request.url.searchParams.get('page') ?? 1);
    const newestFirst = [...all].reverse();
    const slice = newestFirst.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < newestFirst.length) {
      const next = new URL(request.url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { status: 200, headers, body: slice.map((r) => this.releaseObject(owner, repo, r)) };
  }

  private releaseObject(owner: string, repo: string, release: FakeRelease): object {
    const id = this.nextId++;
    const api = `${this.url}/repos/${owner}/${repo}`;
    const tag = encodeURIComponent(release.tag);
    return {
      url: `${api}/releases/${id}`,
      html_url: `https://github.com/${owner}/${repo}/releases/tag/${tag}`,
      assets_url: `${api}/releases/${id}/assets`,
      upload_url: `https://uploads.github.com/repos/${owner}/${repo}/releases/${id}/assets{?name,label}`,
      tarball_url: `${api}/tarball/${tag}`,
      zipball_url: `${api}/zipball/${tag}`,
      id,
      node_id: `RE_${id}`,
      tag_name: release.tag,
      target_commitish: 'main',
      name: release.tag,
      body: release.body ?? null,
      draft: release.draft ?? false,
      prerelease: release.prerelease ?? false,
      created_at: release.publishedAt,
      published_at: release.draft ? null : release.publishedAt,
      author: simpleUser('authentik-automation[bot]', 135050075),
      assets: [],
    };
  }
}

export function simpleUser(login: string, id: number): object {
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'Bot',
    site_admin: false,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: FakeResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(response.status, headers);
  res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
}
