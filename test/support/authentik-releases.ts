/**
 * authentik's real release history (`shared/data/authentik-tags.tsv`) as GitHub releases:
 * release candidates flagged prerelease as authentik does, and a few drafts added.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FakeRelease } from '../fakes/github.ts';
import { sharedDir } from './paths.ts';

export function authentikReleases(): FakeRelease[] {
  const tsv = readFileSync(resolve(sharedDir, 'data/authentik-tags.tsv'), 'utf8');
  const releases: FakeRelease[] = tsv
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [tag, date] = line.split('\t') as [string, string];
      return {
        tag,
        publishedAt: new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        prerelease: /-rc\d+$/.test(tag),
        body: `## What's changed\n\n* Fixes in ${tag} by @BeryJu in #${tag.length * 100}`,
      };
    });
  // Drafts that must never be picked: a future series and a patch of the current one.
  releases.push(
    { tag: 'version/2099.1.0', publishedAt: '2026-05-01T00:00:00Z', draft: true },
    { tag: 'version/2025.8.99', publishedAt: '2026-05-02T00:00:00Z', draft: true },
  );
  return releases;
}
