/**
 * Golden files: each folder under test/golden/package/ holds `case.json`, the input files (`in/`,
 * or `inputDir`) and the expected files (`out/`), compared byte for byte. Run with
 * UPDATE_GOLDEN=1 to (re)write `out/` after a deliberate change, then review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addChangelogEntry, type ChangelogEntry } from '../../src/package/changelog.ts';
import { bumpDockerfileArg } from '../../src/package/dockerfile.ts';
import { planPackageEdit } from '../../src/package/edit.ts';
import { bumpManifest, readManifest } from '../../src/package/manifest.ts';
import { addVersionEntry } from '../../src/package/versions-file.ts';
import type { PackageBump, PublishState } from '../../src/settings.ts';
import { repoRoot } from '../support/paths.ts';

const goldenDir = resolve(repoRoot, 'test/golden/package');
const update = process.env.UPDATE_GOLDEN === '1';

interface VersionsCase {
  dockerImage: string;
  date: string;
  publishState: PublishState;
}

type GoldenCase =
  | { kind: 'dockerfile'; arg: string; version: string }
  | { kind: 'manifest'; version: string; upstreamVersion: string }
  | ({ kind: 'changelog' } & Omit<ChangelogEntry, 'template'> & { template?: string })
  | ({ kind: 'versions'; packageVersion: string } & VersionsCase)
  | {
      kind: 'package';
      inputDir?: string;
      targetVersion: string;
      versionArg: string;
      packageBump: PackageBump;
      upstreamName: string;
      releaseUrl: string;
      date: string;
      changelogTemplate?: string;
      versionsFile?: VersionsCase;
    };

const PACKAGE_FILES = [
  'Dockerfile',
  'CloudronManifest.json',
  'CHANGELOG.md',
  'CloudronVersions.json',
];

function readOptional(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The output files of one case, by file name. */
function run(spec: GoldenCase, inputDir: string): Record<string, string> {
  const input = (name: string) => readOptional(join(inputDir, name));
  switch (spec.kind) {
    case 'dockerfile':
      return {
        Dockerfile: bumpDockerfileArg(input('Dockerfile')!, spec.arg, spec.version, 'Dockerfile'),
      };
    case 'manifest':
      return {
        'CloudronManifest.json': bumpManifest(input('CloudronManifest.json')!, spec, 'manifest'),
      };
    case 'changelog':
      return {
        'CHANGELOG.md': addChangelogEntry(input('CHANGELOG.md'), {
          ...spec,
          template: spec.template,
        }),
      };
    case 'versions': {
      const manifest = readManifest(input('CloudronManifest.json')!, 'manifest').manifest;
      const result = addVersionEntry(
        input('CloudronVersions.json'),
        { ...spec, manifest, date: new Date(spec.date) },
        'CloudronVersions.json',
      );
      return { 'CloudronVersions.json': result.text };
    }
    case 'package': {
      const plan = planPackageEdit({
        dockerfile: { path: 'Dockerfile', text: input('Dockerfile')! },
        manifest: { path: 'CloudronManifest.json', text: input('CloudronManifest.json')! },
        changelog: { path: 'CHANGELOG.md', text: input('CHANGELOG.md') },
        versionsFile:
          spec.versionsFile === undefined
            ? undefined
            : {
                ...spec.versionsFile,
                path: 'CloudronVersions.json',
                text: input('CloudronVersions.json'),
                date: new Date(spec.versionsFile.date),
              },
        targetVersion: spec.targetVersion,
        versionArg: spec.versionArg,
        packageBump: spec.packageBump,
        changelogTemplate: spec.changelogTemplate,
        upstreamName: spec.upstreamName,
        releaseUrl: spec.releaseUrl,
        date: spec.date,
      });
      const outputs: Record<string, string> = {};
      for (const name of PACKAGE_FILES) {
        const text = plan.changes.find((change) => change.path === name)?.after ?? input(name);
        if (text !== undefined) outputs[name] = text;
      }
      return outputs;
    }
  }
}

const cases = readdirSync(goldenDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden package edits', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s', (name) => {
    const caseDir = join(goldenDir, name);
    const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as GoldenCase;
    const inputDir = resolve(caseDir, (spec.kind === 'package' && spec.inputDir) || 'in');
    const outputs = run(spec, inputDir);
    const outDir = join(caseDir, 'out');
    if (update) {
      mkdirSync(outDir, { recursive: true });
      for (const [file, text] of Object.entries(outputs)) writeFileSync(join(outDir, file), text);
    }
    expect(readdirSync(outDir).sort()).toEqual(Object.keys(outputs).sort());
    for (const [file, text] of Object.entries(outputs)) {
      expect(text, `${name}/out/${file}`).toBe(readFileSync(join(outDir, file), 'utf8'));
    }
    // A second run on the output changes nothing: the edit is idempotent.
    if (spec.kind !== 'versions') {
      const again = run(spec, outDir);
      expect(again).toEqual(outputs);
    }
  });
});
