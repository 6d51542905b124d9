/**
 * The cost of a no-op `check`: the bundled action as a whole process, 20 times, against the
 * GitHub fake on loopback with the package already up to date, beside a bare `node -e 0`.
 * Prints medians (wall time, peak RSS), the HTTP requests of one run, and the bundle's size.
 * Run: npm run bench   (or: node bench/check-startup.ts [runs])
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { GitHubFake } from '../test/fakes/github.ts';
import { authentikReleases } from '../test/support/authentik-releases.ts';
import { repoRoot } from '../test/support/paths.ts';
import { fixtureAt } from '../test/support/up-to-date-package.ts';

const runs = Number(process.argv[2] ?? 20);
const execFileAsync = promisify(execFile);
// GNU time reports the peak RSS of a child; without it only wall time is measured.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  ms: number;
  maxRssKb: number | undefined;
}

async function measure(args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  const command = gnuTime ?? process.execPath;
  const argv = gnuTime ? ['-f', '%M', process.execPath, ...args] : args;
  const started = process.hrtime.bigint();
  const { stderr } = await execFileAsync(command, argv, { env, timeout: 30_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = gnuTime ? Number(stderr.trim().split('\n').at(-1)) : undefined;
  return { ms, maxRssKb: rss };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fake = await GitHubFake.start();
try {
  fake.setReleases('goauthentik/authentik', authentikReleases());
  const pkg = await fixtureAt('2026.5.6');
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: fake.url,
    INPUT_PATH: pkg,
  };
  const dist = resolve(repoRoot, 'dist/index.js');

  // Warm the file cache once so the first sample is not an outlier.
  await measure(['-e', '0'], env);
  await measure([dist], env);
  fake.requests.length = 0;
  await measure([dist], env);
  const requestsPerRun = fake.requests.length;

  const bare: Sample[] = [];
  const action: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so both see the same machine load.
    bare.push(await measure(['-e', '0'], env));
    action.push(await measure([dist], env));
  }
  // Asynchronously: the fake answers from this process's event loop.
  const check = await execFileAsync(process.execPath, [dist], { env });
  if (!check.stdout.includes('1 request(s)'))
    throw new Error(`unexpected run:\n${check.stdout}${check.stderr}`);

  const bareMs = median(bare.map((s) => s.ms));
  const actionMs = median(action.map((s) => s.ms));
  const rss = (samples: Sample[]) =>
    samples[0]!.maxRssKb === undefined
      ? 'n/a'
      : `${(median(samples.map((s) => s.maxRssKb!)) / 1024).toFixed(1)} MB`;
  const distBytes = statSync(dist).size;
  const chunks = readdirSync(resolve(repoRoot, 'dist')).filter((f) => f.endsWith('.js'));
  const allBytes = chunks.reduce((sum, f) => sum + statSync(join(repoRoot, 'dist', f)).size, 0);

  console.log(`runs: ${runs} (interleaved), node ${process.version}`);
  console.log(`node -e 0            median ${bareMs.toFixed(1)} ms, peak RSS ${rss(bare)}`);
  console.log(`no-op check (dist)   median ${actionMs.toFixed(1)} ms, peak RSS ${rss(action)}`);
  console.log(
    `over bare node       ${(actionMs - bareMs).toFixed(1)} ms (ratio ${(actionMs / bareMs).toFixed(2)})`,
  );
  console.log(`HTTP requests / run  ${requestsPerRun}`);
  console.log(
    `dist/index.js        ${(distBytes / 1024).toFixed(1)} KB; all chunks ${(allBytes / 1024).toFixed(1)} KB (${chunks.length} files)`,
  );
} finally {
  await fake.close();
}
