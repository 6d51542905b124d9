import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitHubFake } from '../fakes/github.ts';
import { authentikReleases } from '../support/authentik-releases.ts';
import { runMode } from '../support/run-mode.ts';
import { fixtureAt } from '../support/up-to-date-package.ts';

let fake: GitHubFake;
beforeAll(async () => {
  fake = await GitHubFake.start();
  fake.setReleases('goauthentik/authentik', authentikReleases());
});
afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function files(dir: string): Promise<Record<string, string>> {
  const names = ['Dockerfile', 'CloudronManifest.json', 'CHANGELOG.md'];
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')])),
  );
}

describe('mode: bump', () => {
  test('edits the three files for the next step and reports them', async () => {
    const pkg = await fixtureAt('2025.8.3');
    const { report } = await runMode(
      { mode: 'bump', path: 'authentik' },
      { cwd: dirname(pkg), apiUrl: fake.url },
    );
    expect(report).toMatchObject({
      currentVersion: '2025.8.3',
      targetVersion: '2025.8.6',
      previousPackageVersion: '1.3.2',
      packageVersion: '1.3.3',
      changedFiles: [
        'authentik/Dockerfile',
        'authentik/CloudronManifest.json',
        'authentik/CHANGELOG.md',
      ],
    });
    const after = await files(pkg);
    expect(after.Dockerfile!.match(/ARG AK_VERSION=2025\.8\.6/g)).toHaveLength(2);
    expect(JSON.parse(after['CloudronManifest.json']!)).toMatchObject({
      version: '1.3.3',
      upstreamVersion: '2025.8.6',
    });
    expect(after['CHANGELOG.md']).toMatch(
      /\n\[1\.3\.3\]\n\* Update authentik to 2025\.8\.6\n\* \[Full Changelog\]\(https:\/\/github\.com\/goauthentik\/authentik\/releases\/tag\/version%2F2025\.8\.6\)\n$/,
    );
  });

  test('dry-run prints a unified diff per file and writes nothing', async () => {
    const pkg = await fixtureAt('2025.8.3');
    const before = await files(pkg);
    const { report, lines } = await runMode(
      { mode: 'bump', path: 'authentik', 'dry-run': 'true' },
      { cwd: dirname(pkg), apiUrl: fake.url },
    );
    expect(await files(pkg)).toEqual(before);
    expect(report.changedFiles).toHaveLength(3);
    const diff = lines.join('\n');
    expect(diff).toContain('--- a/authentik/Dockerfile');
    expect(diff).toContain('-ARG AK_VERSION=2025.8.3');
    expect(diff).toContain('+ARG AK_VERSION=2025.8.6');
    expect(diff).toContain('+  "upstreamVersion": "2025.8.6",');
  });

  test('an explicit version twice equals once; files at the target change nothing', async () => {
    const pkg = await fixtureAt('2025.8.3');
    const inputs = { mode: 'bump', path: 'authentik', version: '2025.10.1' };
    const first = await runMode(inputs, { cwd: dirname(pkg), apiUrl: fake.url });
    const once = await files(pkg);
    const second = await runMode(inputs, { cwd: dirname(pkg), apiUrl: fake.url });
    expect(await files(pkg)).toEqual(once);
    expect(first.report.packageVersion).toBe('1.4.0');
    expect(second.report).toMatchObject({
      changedFiles: [],
      packageVersion: '1.4.0',
      updateAvailable: false,
    });
  });
});
