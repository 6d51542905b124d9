/** Releases as the upstream stage makes them, from the fake's release descriptions. */
import type { FakeRelease } from '../fakes/github.ts';
import { toRelease, type Release } from '../../src/upstream/release.ts';

export const AUTHENTIK_TAG_PATTERN = /^version\/(.+)$/;

export function toReleases(fakes: readonly FakeRelease[]): Release[] {
  return fakes.flatMap((fake) => {
    const release = toRelease(
      {
        tag_name: fake.tag,
        draft: fake.draft ?? false,
        prerelease: fake.prerelease ?? false,
        published_at: fake.draft ? null : fake.publishedAt,
        html_url: `https://github.com/goauthentik/authentik/releases/tag/${encodeURIComponent(fake.tag)}`,
        body: fake.body ?? null,
      },
      AUTHENTIK_TAG_PATTERN,
    );
    return release ? [release] : [];
  });
}
