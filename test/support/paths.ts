/** Where the repository and `shared/` (a sibling of the clone, in CI as here) are. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const sharedDir = resolve(repoRoot, '../shared');
export const fixturesDir = resolve(repoRoot, 'test/fixtures');
export const authentikFixture = resolve(fixturesDir, 'authentik');
