/**
 * Turns a GitHub release, untrusted upstream data, into a Release whose version is validated.
 * A release whose tag does not match the pattern or whose version is not valid is dropped
 * here and never logged: its text might be anything.
 */
import type { RepoRef } from '../settings.ts';
import { parseVersion, type Version } from '../versioning/version.ts';

/** The fields of a GitHub release that this project reads. */
export interface GitHubRelease {
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  published_at: string | null;
  html_url: string;
  body?: string | null;
}

export interface Release {
  version: Version;
  /** GitHub's prerelease flag or a semver prerelease part. */
  prerelease: boolean;
  draft: boolean;
  publishedAt: Date | undefined;
  /** Untrusted text: only for the PR body, after it is made safe there. */
  notes: string;
  /**
   * The tag percent-encoded down to `[A-Za-z0-9._~%-]`, for links (`…/releases/tag/<tagPath>`);
   * the raw tag itself is never written anywhere.
   */
  tagPath: string;
}

export function toRelease(raw: GitHubRelease, tagPattern: RegExp): Release | undefined {
  const match = tagPattern.exec(raw.tag_name);
  const version = match?.[1] === undefined ? undefined : parseVersion(match[1]);
  if (!version) return undefined;
  const published = raw.published_at ? new Date(raw.published_at) : undefined;
  return {
    version,
    prerelease: raw.prerelease || version.semver.prerelease.length > 0,
    draft: raw.draft,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published : undefined,
    notes: raw.body ?? '',
    tagPath: encodeTagPath(raw.tag_name),
  };
}

// encodeURIComponent leaves `!'()*`, which end or break a Markdown link.
function encodeTagPath(tag: string): string {
  return encodeURIComponent(tag).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The page of a release, for changelog and PR links: `{server}/{owner}/{repo}/releases/tag/{tag}`;
 * for a forced version that is no release, the repository's releases page.
 */
export function releasePageUrl(
  serverUrl: string,
  repo: RepoRef,
  release: Release | undefined,
): string {
  const releases = `${serverUrl}/${repo.owner}/${repo.repo}/releases`;
  return release ? `${releases}/tag/${release.tagPath}` : releases;
}
