/**
 * Wall time of the image stage end to end: buildah builds the authentik fixture variant (base
 * `scratch`, nothing pulled), logs in and pushes two tags to a local registry with htpasswd
 * auth. Each round: a cold run (empty builder storage, new repository) and then the same job
 * again with nothing changed. Prints every time and the medians.
 *
 *   npx node bench/image-build.ts [--rounds 5]
 *
 * Needs buildah, docker-registry and htpasswd (scripts/install-test-deps.sh).
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildImage } from '../src/image/build.ts';
import { planImageJob } from '../src/image/plan.ts';
import { memoryLogger } from '../src/logger.ts';
import { startRegistry } from '../test/support/registry.ts';

const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag === -1 ? 5 : Number(process.argv[roundsFlag + 1]);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');

const fixture = join(import.meta.dirname, '..', 'test', 'fixtures', 'authentik');
const work = await mkdtemp(join(tmpdir(), 'cloudron-release-bench-'));
const registry = await startRegistry();

const packageDir = join(work, 'package');
await mkdir(packageDir);
for (const file of ['CloudronManifest.json', 'start.sh', 'CHANGELOG.md']) {
  await copyFile(join(fixture, file), join(packageDir, file));
}
await writeFile(
  join(packageDir, 'Dockerfile'),
  [
    'FROM scratch',
    'ARG AK_VERSION=2025.8.3',
    'ENV AUTHENTIK_VERSION=${AK_VERSION}',
    'COPY CloudronManifest.json start.sh /app/code/',
    'CMD [ "/app/code/start.sh" ]',
    '',
  ].join('\n'),
);

/** A fresh, private buildah storage: the state of a new CI runner. */
async function freshStorage(round: number): Promise<Record<string, string>> {
  const root = join(work, `storage-${round}`);
  await mkdir(root);
  const conf = join(root, 'storage.conf');
  await writeFile(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${root}/graph"\nrunroot = "${root}/run"\n`,
  );
  return { CONTAINERS_STORAGE_CONF: conf, REGISTRY_AUTH_FILE: join(root, 'auth.json') };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const cold: number[] = [];
const unchanged: number[] = [];
const clock = () => new Date('2026-01-30T12:00:00Z');
try {
  for (let round = 1; round <= rounds; round++) {
    const env = await freshStorage(round);
    const job = planImageJob(
      {
        name: `${registry.host}/bench/authentik-${round}`,
        tags: ['{package-version}', 'latest'],
        builder: 'buildah',
        platforms: ['linux/amd64'],
        buildArgs: [],
        push: true,
        registryUsername: registry.username,
        registryPassword: registry.password,
      },
      {
        contextDir: packageDir,
        dockerfile: join(packageDir, 'Dockerfile'),
        versionArg: 'AK_VERSION',
        title: 'authentik',
        packageVersion: '1.4.0',
        upstreamVersion: '2025.10.1',
        upstreamName: 'authentik',
        sourceUrl: 'https://github.com/stalecontext/authentik-cloudron',
        revision: '0123456789abcdef0123456789abcdef01234567',
      },
      clock,
      { tlsVerify: false },
    );
    const deps = { logger: memoryLogger(), tempDir: work, env };
    let start = performance.now();
    const first = await buildImage(job, deps);
    cold.push(performance.now() - start);
    start = performance.now();
    const second = await buildImage(job, deps);
    unchanged.push(performance.now() - start);
    const same = first.digest === second.digest ? 'same digest' : 'new digest';
    console.log(
      `round ${round}: cold ${cold.at(-1)!.toFixed(0)} ms, unchanged ${unchanged.at(-1)!.toFixed(0)} ms (${same})`,
    );
  }
  console.log(
    `median of ${rounds}: cold build+push ${median(cold).toFixed(0)} ms, ` +
      `unchanged rerun ${median(unchanged).toFixed(0)} ms`,
  );
} finally {
  await registry.stop();
  await rm(work, { recursive: true, force: true });
}
