/**
 * The docs follow their sources of truth: the README's generated parts are what
 * scripts/generate-docs.ts writes from action.yml, the reusable workflow and examples/, and the
 * reusable workflow mirrors action.yml (names, defaults, types, descriptions).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  fillSections,
  generateReadme,
  inputsTable,
  namedTable,
  parseActionMetadata,
  parseWorkflowCall,
  type DocumentedMap,
} from '../scripts/generate-docs.ts';
import { repoRoot } from './support/paths.ts';

const SECRETS = ['token', 'registry-password', 'cloudron-token'];
/** Inputs of the reusable workflow that the action does not have. */
const WORKFLOW_ONLY_INPUTS = ['timeout-minutes'];
/** Action inputs that are whole numbers; the other defaults `true`/`false` are booleans. */
const NUMBER_INPUTS = ['max-steps'];

const read = (path: string): Promise<string> => readFile(join(repoRoot, path), 'utf8');
const action = async () => parseActionMetadata(await read('action.yml'));
const workflow = async () =>
  parseWorkflowCall(await read('.github/workflows/cloudron-release.yml'), 'cloudron-release.yml');

describe('README', () => {
  test('is what scripts/generate-docs.ts writes (run it when this fails)', async () => {
    expect(await read('README.md')).toBe(await generateReadme());
  });

  test('keeps its title, intro and the two commands first', async () => {
    const readme = await read('README.md');
    expect(readme.startsWith('# cloudron-release\n\nKeeps a [Cloudron](https://cloudron.io)')).toBe(
      true,
    );
    expect(readme).toContain('npm ci && npm run example\n');
    expect(readme.indexOf('npm ci && npm test')).toBeLessThan(readme.indexOf('## '));
  });

  test('lists every input and output of action.yml', async () => {
    const readme = await read('README.md');
    const { inputs, outputs } = await action();
    for (const name of [...inputs.keys(), ...outputs.keys()]) {
      expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    }
  });
});

describe('the generator', () => {
  const entries = (list: [string, string, string | undefined][]): DocumentedMap =>
    new Map(list.map(([name, description, value]) => [name, { description, default: value }]));

  test('writes one row per input: a code default, each line of a list default apart', () => {
    const table = inputsTable(
      entries([
        ['image-tags', 'Tags,\none per line.', '{package-version}\nlatest\n'],
        ['base', 'A branch.', ''],
        ['tag-pattern', 'Matches `a|b`.', '^(a|b)$'],
      ]),
    );
    expect(table.split('\n')).toEqual([
      '| Input | Default | Description |',
      '| --- | --- | --- |',
      '| `image-tags` | `{package-version}`<br>`latest` | Tags, one per line. |',
      '| `base` |  | A branch. |',
      '| `tag-pattern` | `^(a\\|b)$` | Matches `a\\|b`. |',
    ]);
  });

  test('writes outputs and secrets as name and description', () => {
    expect(namedTable('Output', entries([['plan', 'The plan.', undefined]]))).toBe(
      '| Output | Description |\n| --- | --- |\n| `plan` | The plan. |',
    );
  });

  test('replaces only what is between the markers', () => {
    const readme = 'intro\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\noutro\n';
    expect(fillSections(readme, new Map([['inputs', 'new']]))).toBe(
      'intro\n<!-- inputs:start -->\n\nnew\n\n<!-- inputs:end -->\noutro\n',
    );
  });

  test('fails on a section without markers, and on markers without a section', () => {
    expect(() => fillSections('no markers\n', new Map([['inputs', 'x']]))).toThrow(
      /add <!-- inputs:start -->/,
    );
    expect(() => fillSections('<!-- gone:start --><!-- gone:end -->', new Map())).toThrow(
      /no generator for section 'gone'/,
    );
  });
});

describe('the reusable workflow mirrors action.yml', () => {
  test('its inputs are the action inputs but the secrets, plus its own timeout-minutes', async () => {
    const { inputs } = await action();
    const call = await workflow();
    expect([...call.inputs.keys()]).toEqual([
      ...[...inputs.keys()].filter((name) => !SECRETS.includes(name)),
      ...WORKFLOW_ONLY_INPUTS,
    ]);
  });

  test('each input has the same default, the right type and the same description', async () => {
    const { inputs } = await action();
    const call = await workflow();
    for (const [name, mirrored] of call.inputs) {
      if (WORKFLOW_ONLY_INPUTS.includes(name)) continue;
      const original = inputs.get(name)!;
      const type = NUMBER_INPUTS.includes(name)
        ? 'number'
        : original.default === 'true' || original.default === 'false'
          ? 'boolean'
          : 'string';
      expect(mirrored.type, name).toBe(type);
      expect(mirrored.default, name).toBe(original.default);
      expect(mirrored.description, name).toBe(original.description);
    }
  });

  test('timeout-minutes is a number with a default', async () => {
    const input = (await workflow()).inputs.get('timeout-minutes');
    expect(input?.type).toBe('number');
    expect(Number(input?.default)).toBeGreaterThan(0);
  });

  test('its outputs are the action outputs, taken from the action step', async () => {
    const { outputs } = await action();
    const call = await workflow();
    expect([...call.outputs.keys()]).toEqual([...outputs.keys()]);
    for (const [name, output] of call.outputs) {
      expect(output.value).toBe(`\${{ jobs.cloudron-release.outputs.${name} }}`);
      expect(output.description, name).toBe(outputs.get(name)!.description);
    }
    const text = await read('.github/workflows/cloudron-release.yml');
    for (const name of outputs.keys()) {
      expect(text).toContain(`      ${name}: \${{ steps.cloudron-release.outputs.${name} }}\n`);
    }
  });

  test('its secrets are exactly token, registry-password and cloudron-token, none required', async () => {
    const call = await workflow();
    expect([...call.secrets.keys()].sort()).toEqual([...SECRETS].sort());
    for (const [name, secret] of call.secrets) expect(secret.required, name).toBe(false);
  });
});
