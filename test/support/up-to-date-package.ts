/** A copy of the authentik fixture moved to a given upstream version (the newest, for no-op runs). */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authentikFixture } from './paths.ts';

export async function fixtureAt(version: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'cloudron-release-pkg-')), 'authentik');
  await cp(authentikFixture, dir, { recursive: true });
  for (const file of ['Dockerfile', 'CloudronManifest.json']) {
    const path = join(dir, file);
    await writeFile(path, (await readFile(path, 'utf8')).replaceAll('2025.8.3', version));
  }
  return dir;
}
