/**
 * A real image registry for tests: Debian's `docker-registry` (distribution 2.x) on 127.0.0.1
 * at a free port, with its storage in a temp dir and htpasswd (bcrypt) auth; plus small readers
 * of its HTTP API so tests check what was really pushed. `scripts/install-test-deps.sh`
 * installs the binary and `htpasswd`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface TestRegistry {
  /** `127.0.0.1:<port>`, the host part of image names pushed here. */
  host: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  username: string;
  password: string;
  /** What the registry printed so far (for a failing test's message). */
  log(): string;
  /** Stops the registry and removes its storage; safe to call twice. */
  stop(): Promise<void>;
}

const CANDIDATES = ['/usr/bin/docker-registry', '/usr/sbin/docker-registry'];

async function registryBinary(): Promise<string> {
  for (const candidate of CANDIDATES) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error('docker-registry not found: run `bash scripts/install-test-deps.sh` as root');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function configYaml(dir: string, port: number): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    // A fixed secret keeps the "generated random secret" warning out of the log.
    '  secret: cloudron-release-test',
    'auth:',
    '  htpasswd:',
    '    realm: cloudron-release-test',
    `    path: ${join(dir, 'htpasswd')}`,
    '',
  ].join('\n');
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited with code ${child.exitCode}:\n${log()}`);
    }
    try {
      // Any HTTP answer (401 without credentials) means it serves.
      await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`docker-registry did not answer within 60 s:\n${log()}`);
}

/**
 * The registry reads any `REGISTRY_*` variable as a configuration override, so buildah's
 * `REGISTRY_AUTH_FILE` (set by image tests) would break its config: leave them all out.
 */
function registryEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('REGISTRY_')),
  );
}

/** Starts a registry with one user; the caller must `stop()` it (e.g. in `afterAll`). */
export async function startRegistry(
  options: { username?: string; password?: string } = {},
): Promise<TestRegistry> {
  const username = options.username ?? 'packager';
  // Spaces and quotes on purpose: the password must survive stdin intact.
  const password = options.password ?? `pw '${Math.random().toString(36).slice(2)}" s3cret`;
  const binary = await registryBinary();
  const dir = await mkdtemp(join(tmpdir(), 'cloudron-release-registry-'));
  const { stdout } = await execFileAsync('htpasswd', ['-Bbn', username, password]);
  await writeFile(join(dir, 'htpasswd'), stdout);

  // The port is free when asked; another process could take it before the registry binds, so
  // a start that fails is retried on a new port.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    await writeFile(join(dir, 'config.yml'), configYaml(dir, port));
    let output = '';
    const child = spawn(binary, ['serve', join(dir, 'config.yml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: registryEnv(),
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntilServing(url, child, () => output);
    } catch (error) {
      child.kill('SIGKILL');
      await exited;
      if (attempt < 3) continue;
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    let stopped = false;
    return {
      host: `127.0.0.1:${port}`,
      url,
      username,
      password,
      log: () => output,
      async stop() {
        if (!stopped) {
          stopped = true;
          if (child.exitCode === null) {
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(killer);
          }
        }
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

function authorization(registry: TestRegistry): string {
  return `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`;
}

async function get(registry: TestRegistry, path: string, method = 'GET'): Promise<Response> {
  const response = await fetch(`${registry.url}/v2/${path}`, {
    method,
    headers: { authorization: authorization(registry), accept: MANIFEST_TYPES },
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`${method} /v2/${path}: HTTP ${response.status}`);
  return response;
}

/** The repository's tags, sorted. */
export async function listTags(registry: TestRegistry, repository: string): Promise<string[]> {
  const body = (await (await get(registry, `${repository}/tags/list`)).json()) as {
    tags: string[] | null;
  };
  return [...(body.tags ?? [])].sort();
}

/** The registry's own digest of the manifest (or index) a tag points at. */
export async function manifestDigest(
  registry: TestRegistry,
  repository: string,
  reference: string,
): Promise<string> {
  const response = await get(registry, `${repository}/manifests/${reference}`, 'HEAD');
  const digest = response.headers.get('docker-content-digest');
  if (digest === null) throw new Error('no Docker-Content-Digest header');
  return digest;
}

interface Descriptor {
  digest: string;
  platform?: { os: string; architecture: string };
}

interface Manifest {
  mediaType?: string;
  config?: Descriptor;
  manifests?: Descriptor[];
}

/** An image config blob: the parts the tests look at. */
export interface ImageConfig {
  os: string;
  architecture: string;
  config: { Labels?: Record<string, string> };
}

/** The platforms of an index, or undefined for a single image manifest. */
export async function indexPlatforms(
  registry: TestRegistry,
  repository: string,
  reference: string,
): Promise<string[] | undefined> {
  const manifest = (await (
    await get(registry, `${repository}/manifests/${reference}`)
  ).json()) as Manifest;
  return manifest.manifests?.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).sort();
}

/**
 * The image config a tag points at; for an index, that of `platform` (`os/arch`, default the
 * first entry).
 */
export async function imageConfig(
  registry: TestRegistry,
  repository: string,
  reference: string,
  platform?: string,
): Promise<ImageConfig> {
  let manifest = (await (
    await get(registry, `${repository}/manifests/${reference}`)
  ).json()) as Manifest;
  if (manifest.manifests !== undefined) {
    const entry =
      platform === undefined
        ? manifest.manifests[0]
        : manifest.manifests.find(
            (m) => `${m.platform?.os}/${m.platform?.architecture}` === platform,
          );
    if (entry === undefined) throw new Error(`no ${platform ?? 'entry'} in the index`);
    manifest = (await (
      await get(registry, `${repository}/manifests/${entry.digest}`)
    ).json()) as Manifest;
  }
  if (manifest.config === undefined) throw new Error('manifest without config');
  return (await (
    await get(registry, `${repository}/blobs/${manifest.config.digest}`)
  ).json()) as ImageConfig;
}
