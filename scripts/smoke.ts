/**
 * CI's smoke run: the committed bundle as a real process, once, in action mode against the
 * GitHub fake; fails unless it exits 0 and writes the expected outputs.
 * Run: node scripts/smoke.ts (Node 24 runs TypeScript as it is).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { GitHubFake } from '../test/fakes/github.ts';
import { authentikReleases } from '../test/support/authentik-releases.ts';
import { authentikFixture, repoRoot } from '../test/support/paths.ts';

const fake = await GitHubFake.start();
try {
  fake.setReleases('goauthentik/authentik', authentikReleases());
  const work = await mkdtemp(join(tmpdir(), 'cloudron-release-smoke-'));
  const output = join(work, 'output');
  await writeFile(output, '');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [resolve(repoRoot, 'dist/index.js')],
    {
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: fake.url,
        GITHUB_OUTPUT: output,
        INPUT_PATH: authentikFixture,
      },
    },
  );
  process.stdout.write(stdout);
  const outputs = await readFile(output, 'utf8');
  for (const expected of [
    /^current-version<<.*\n2025\.8\.3$/m,
    /^target-version<<.*\n2025\.8\.6$/m,
  ]) {
    if (!expected.test(outputs))
      throw new Error(`smoke: outputs do not match ${expected}:\n${outputs}`);
  }
  if (fake.violations.length > 0)
    throw new Error(`smoke: contract violations: ${fake.violations.join('; ')}`);
  console.log('smoke: dist/index.js check wrote the expected outputs');
} finally {
  await fake.close();
}
