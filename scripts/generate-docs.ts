/**
 * Writes the README's generated parts from their sources of truth: the inputs and outputs
 * tables from action.yml, the secrets table from the reusable workflow, and each example
 * workflow from examples/. Each part sits between `<!-- name:start -->` and `<!-- name:end -->`;
 * everything outside the markers is left alone. test/docs.test.ts fails when the README differs
 * from what this writes.
 * Run: node scripts/generate-docs.ts (writes README.md) or with --check (exit 1 when stale).
 */
import { load } from 'js-yaml';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

/** Where the action is published; the reusable workflow, the examples and the README use it. */
export const PUBLISHED_ACTION = 'stalecontext/cloudron-release';

export const repoRoot = resolve(import.meta.dirname, '..');
export const README = join(repoRoot, 'README.md');

export interface Documented {
  description: string;
  /** Undefined when the file gives none (outputs and secrets never have one). */
  default: string | undefined;
}

/** Name → entry, in the file's order. */
export type DocumentedMap = Map<string, Documented>;

export interface ActionMetadata {
  inputs: DocumentedMap;
  outputs: DocumentedMap;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a `name: {description, default}` mapping; `where` names it in errors. */
export function readDocumented(value: unknown, where: string): DocumentedMap {
  if (!isRecord(value)) throw new Error(`${where}: expected a mapping of names to entries`);
  const entries: DocumentedMap = new Map();
  for (const [name, entry] of Object.entries(value)) {
    if (!isRecord(entry) || typeof entry.description !== 'string') {
      throw new Error(`${where}.${name}: expected a mapping with a string description`);
    }
    const fallback = entry.default;
    entries.set(name, {
      description: entry.description.trim(),
      default: fallback === undefined || fallback === null ? undefined : String(fallback),
    });
  }
  return entries;
}

export function parseActionMetadata(text: string): ActionMetadata {
  const action = load(text);
  if (!isRecord(action)) throw new Error('action.yml: expected a mapping');
  return {
    inputs: readDocumented(action.inputs, 'action.yml inputs'),
    outputs: readDocumented(action.outputs, 'action.yml outputs'),
  };
}

/** The `on.workflow_call` block of a reusable workflow, parsed. */
export interface WorkflowCall {
  inputs: Map<string, Documented & { type: string }>;
  secrets: Map<string, Documented & { required: boolean }>;
  outputs: Map<string, Documented & { value: string }>;
}

export function parseWorkflowCall(text: string, where: string): WorkflowCall {
  const workflow = load(text);
  const on = isRecord(workflow) ? workflow.on : undefined;
  const call = isRecord(on) ? on.workflow_call : undefined;
  if (!isRecord(call)) throw new Error(`${where}: no on.workflow_call`);
  const field = (kind: string, name: string, key: string): unknown => {
    const block = call[kind];
    return isRecord(block) && isRecord(block[name]) ? block[name][key] : undefined;
  };
  const inputs = new Map<string, Documented & { type: string }>();
  for (const [name, entry] of readDocumented(call.inputs ?? {}, `${where} inputs`)) {
    inputs.set(name, { ...entry, type: String(field('inputs', name, 'type')) });
  }
  const secrets = new Map<string, Documented & { required: boolean }>();
  for (const [name, entry] of readDocumented(call.secrets ?? {}, `${where} secrets`)) {
    secrets.set(name, { ...entry, required: field('secrets', name, 'required') === true });
  }
  const outputs = new Map<string, Documented & { value: string }>();
  for (const [name, entry] of readDocumented(call.outputs ?? {}, `${where} outputs`)) {
    outputs.set(name, { ...entry, value: String(field('outputs', name, 'value')) });
  }
  return { inputs, secrets, outputs };
}

/** One table cell: one line, and a `|` that does not end the cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A default as the reader would type it; each line of a multi-line default on its own. */
function defaultCell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return value
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => cell(code(line)))
    .join('<br>');
}

export function inputsTable(inputs: DocumentedMap): string {
  const rows = [...inputs].map(
    ([name, input]) =>
      `| ${code(name)} | ${defaultCell(input.default)} | ${cell(input.description)} |`,
  );
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}

export function namedTable(heading: string, entries: DocumentedMap): string {
  const rows = [...entries].map(
    ([name, entry]) => `| ${code(name)} | ${cell(entry.description)} |`,
  );
  return [`| ${heading} | Description |`, '| --- | --- |', ...rows].join('\n');
}

export function exampleBlock(fileName: string, text: string): string {
  return [`\`examples/${fileName}\`:`, '', '```yaml', text.trimEnd(), '```'].join('\n');
}

/**
 * Replaces what is between each pair of markers with its section. Every section must have its
 * markers and every marker pair a section, so a renamed example cannot leave a stale copy.
 */
export function fillSections(readme: string, sections: ReadonlyMap<string, string>): string {
  const marker = /<!-- ([a-z0-9:.-]+):start -->[\s\S]*?<!-- \1:end -->/g;
  const seen = new Set<string>();
  const filled = readme.replace(marker, (_whole, name: string) => {
    const section = sections.get(name);
    if (section === undefined) throw new Error(`README.md: no generator for section '${name}'`);
    seen.add(name);
    return `<!-- ${name}:start -->\n\n${section}\n\n<!-- ${name}:end -->`;
  });
  for (const name of sections.keys()) {
    if (!seen.has(name)) {
      throw new Error(
        `README.md: add <!-- ${name}:start --> and <!-- ${name}:end --> where that section goes`,
      );
    }
  }
  return filled;
}

/** Every generated section of the README, by marker name, from the files under `root`. */
export async function readSections(root: string = repoRoot): Promise<Map<string, string>> {
  const action = parseActionMetadata(await readFile(join(root, 'action.yml'), 'utf8'));
  const workflowPath = join(root, '.github/workflows/cloudron-release.yml');
  const workflow = parseWorkflowCall(await readFile(workflowPath, 'utf8'), 'cloudron-release.yml');
  const sections = new Map<string, string>([
    ['inputs', inputsTable(action.inputs)],
    ['outputs', namedTable('Output', action.outputs)],
    ['workflow-secrets', namedTable('Secret', workflow.secrets)],
  ]);
  const examples = (await readdir(join(root, 'examples'))).filter((n) => n.endsWith('.yml'));
  for (const name of examples.sort()) {
    const text = await readFile(join(root, 'examples', name), 'utf8');
    sections.set(`example:${name}`, exampleBlock(name, text));
  }
  return sections;
}

/** The README as this script writes it: sections filled, then formatted like every file. */
export async function generateReadme(root: string = repoRoot): Promise<string> {
  const readmePath = join(root, 'README.md');
  const filled = fillSections(await readFile(readmePath, 'utf8'), await readSections(root));
  const options = (await resolveConfig(readmePath)) ?? {};
  return format(filled, { ...options, filepath: readmePath });
}

if (import.meta.main) {
  const current = await readFile(README, 'utf8');
  const generated = await generateReadme();
  if (process.argv.includes('--check')) {
    if (generated !== current) {
      console.error('README.md is stale: run node scripts/generate-docs.ts and commit it.');
      process.exit(1);
    }
    console.log('README.md is up to date.');
  } else if (generated !== current) {
    await writeFile(README, generated);
    console.log('README.md updated.');
  } else {
    console.log('README.md is up to date.');
  }
}
