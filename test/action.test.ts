/**
 * The bundled action as the runner runs it: `node dist/index.js` as a real process with
 * `INPUT_*` variables, against the GitHub fake, writing `$GITHUB_OUTPUT` and
 * `$GITHUB_STEP_SUMMARY`. (CI rebuilds `dist/` and checks it is current before the tests.)
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitHubFake } from './fakes/github.ts';
import { authentikReleases } from './support/authentik-releases.ts';
import { HOSTILE_MARKERS, HOSTILE_TAGS } from './support/hostile-tags.ts';
import { authentikFixture, repoRoot } from './support/paths.ts';

const run = promisify(execFile);
let fake: GitHubFake;
let work: string;

beforeAll(async () => {
  fake = await GitHubFake.start();
  const releases = authentikReleases();
  releases.push(
    ...HOSTILE_TAGS.map((tag) => ({ tag, publishedAt: '2026-11-30T00:00:00Z', body: tag })),
  );
  fake.setReleases('goauthentik/authentik', releases);
  work = await mkdtemp(join(tmpdir(), 'cloudron-release-action-'));
});
afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the runner's `name<<delimiter … delimiter` file format. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

async function runAction(inputs: Record<string, string>, name: string): Promise<ActionRun> {
  const outputFile = join(work, `${name}.output`);
  const summaryFile = join(work, `${name}.summary`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: fake.url,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: work,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  let code = 0;
  let stdout: string;
  let stderr: string;
  try {
    ({ stdout, stderr } = await run(process.execPath, [resolve(repoRoot, 'dist/index.js')], {
      env,
      cwd: work,
    }));
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    ({ code, stdout, stderr } = failed);
  }
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

describe('node dist/index.js (check)', () => {
  test('writes the outputs and the job summary', async () => {
    const result = await runAction({ path: authentikFixture }, 'check');
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      'update-available': 'true',
      'current-version': '2025.8.3',
      'target-version': '2025.8.6',
      'latest-version': '2026.5.6',
      'update-type': 'patch',
    });
    const plan = JSON.parse(result.outputs.plan!) as { steps: string[]; mode: string };
    expect(plan.mode).toBe('check');
    expect(plan.steps).toEqual(['2025.8.6', '2025.10.4', '2025.12.4', '2026.2.4', '2026.5.6']);
    expect(result.summary).toContain('2025.8.3 → 2025.8.6');
    expect(result.summary).toContain('<td>Latest version</td><td>2026.5.6</td>');
  });

  test('hostile tags appear in no output, summary or log line', async () => {
    const result = await runAction({ path: authentikFixture, 'upgrade-path': 'latest' }, 'hostile');
    expect(result.code).toBe(0);
    expect(result.outputs['target-version']).toBe('2026.5.6');
    const everything = [
      result.stdout,
      result.stderr,
      JSON.stringify(result.outputs),
      result.summary,
    ].join('\n');
    for (const marker of HOSTILE_MARKERS) expect(everything).not.toContain(marker);
    expect(result.stdout).toContain(`${HOSTILE_TAGS.length} skipped`);
  });

  test('an up-to-date package', async () => {
    const pkg = join(work, 'uptodate');
    await cp(authentikFixture, pkg, { recursive: true });
    for (const file of ['Dockerfile', 'CloudronManifest.json']) {
      const path = join(pkg, file);
      await writeFile(path, (await readFile(path, 'utf8')).replaceAll('2025.8.3', '2026.5.6'));
    }
    const result = await runAction({ path: pkg }, 'uptodate');
    expect(result.code).toBe(0);
    expect(result.outputs['update-available']).toBe('false');
    expect(result.outputs['latest-version']).toBe('2026.5.6');
    expect(result.outputs['target-version']).toBeUndefined();
    expect(result.stdout).not.toContain('::warning::');
  });
});

describe('errors: one clear line and exit code 1', () => {
  test.each([
    [
      { path: '/nonexistent/pkg' },
      /^::error::\/nonexistent\/pkg\/Dockerfile: no Dockerfile here\. Check the 'dockerfile' and 'path' inputs\.$/m,
    ],
    [
      { 'version-arg': 'NO_SUCH_ARG' },
      /^::error::.*Dockerfile: no 'ARG NO_SUCH_ARG=<version>' line\. Add one, or set 'version-arg'/m,
    ],
    [
      { 'tag-pattern': '^version/.+$' },
      /^::error::Input 'tag-pattern': '\^version\/\.\+\$' has no capture group\./m,
    ],
    [
      { 'tag-pattern': '^version/(.+' },
      /^::error::Input 'tag-pattern': '\^version\/\(\.\+' does not compile/m,
    ],
    [
      { 'allowed-versions': '>=banana' },
      /^::error::Input 'allowed-versions': '>=banana' is not a semver range\./m,
    ],
    [
      { 'min-release-age': '2 weeks' },
      /^::error::Input 'min-release-age': '2 weeks' is not a duration\./m,
    ],
    [
      { 'upstream-repo': 'goauthentik/nothing-here' },
      /^::error::GitHub refused listing the releases of goauthentik\/nothing-here \(404\)/m,
    ],
  ])('%j', async (inputs, expected) => {
    const result = await runAction({ path: authentikFixture, ...inputs }, 'error');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(expected);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toHaveLength(1);
  });

  test('a refused token (401)', async () => {
    fake.token = 'the-right-token';
    try {
      const result = await runAction(
        { path: authentikFixture, token: 'ghp_wrongwrongwrong' },
        'token',
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^::error::GitHub refused listing the releases of goauthentik\/authentik \(401 Bad credentials\)/m,
      );
      // Masked on read: the runner is told before anything else is logged.
      expect(result.stdout.indexOf('::add-mask::ghp_wrongwrongwrong')).toBe(0);
    } finally {
      fake.token = undefined;
    }
  });
});

describe('the CLI over the same code path', () => {
  test('cloudron-release check --path … --json', async () => {
    const { stdout } = await run(
      process.execPath,
      [resolve(repoRoot, 'dist/index.js'), 'check', '--path', authentikFixture, '--json'],
      {
        env: { PATH: process.env.PATH, GITHUB_API_URL: fake.url },
      },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      'current-version': '2025.8.3',
      'target-version': '2025.8.6',
    });
  });

  test('a terminal summary without --json', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        resolve(repoRoot, 'dist/index.js'),
        'check',
        '--path',
        authentikFixture,
        '--upgrade-path',
        'latest',
      ],
      {
        env: { PATH: process.env.PATH, GITHUB_API_URL: fake.url },
      },
    );
    expect(stdout).toContain('cloudron-release check: 2025.8.3 → 2026.5.6');
    expect(stdout).toMatch(/Update type\s+major/);
  });

  test('secrets are refused on the command line', async () => {
    const result = run(
      process.execPath,
      [resolve(repoRoot, 'dist/index.js'), 'check', '--token', 'x'],
      { env: { PATH: process.env.PATH } },
    );
    await expect(result).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Set the GITHUB_TOKEN environment variable instead.'),
    });
  });
});
