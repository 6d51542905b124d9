/**
 * The pull request's words: title, branch name and body. Pure: validated versions, settings and
 * release notes in, text out. The notes are made safe in `notes.ts`; here they are arranged
 * (newest first, each in a collapsed `<details>`) and shrunk to fit GitHub's size limit.
 */
import { InputError } from '../errors.ts';
import type { RepoRef, UpdateType } from '../settings.ts';
import type { Release } from '../upstream/release.ts';
import { compareVersions, seriesOf, type Version } from '../versioning/version.ts';
import { mentionsBreakingChanges, quotedNotes } from './notes.ts';

/**
 * GitHub refuses bodies over 65,536 characters. It counts differently from JavaScript's UTF-16
 * length for some text, so the body aims lower.
 */
export const MAX_BODY_LENGTH = 60_000;

/** Where authentik explains the breaking changes of a series; `{series}` is e.g. `2025.10`. */
export const DEFAULT_BREAKING_CHANGES_URL =
  'https://docs.goauthentik.io/docs/releases/{series}#breaking-changes';

export interface PrBodyInput {
  upstreamName: string;
  upstreamRepo: RepoRef;
  /** The web address of the server the upstream lives on, e.g. `https://github.com`. */
  serverUrl: string;
  current: { upstream: Version; package: string };
  target: { upstream: Version; package: string };
  updateType: UpdateType;
  /** Every release after the current version up to the target, newest first. */
  releases: readonly Release[];
  /**
   * The breaking-changes page of a series, with `{series}` (`major.minor`). Empty: link the
   * series' first release page instead.
   */
  breakingChangesUrl?: string;
  maxLength?: number;
}

/** Backslash-escapes what could make a setting's text into markup in a table or a sentence. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#@!~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function releasesPage(input: PrBodyInput): string {
  return `${trimSlash(input.serverUrl)}/${input.upstreamRepo.owner}/${input.upstreamRepo.repo}/releases`;
}

function releasePage(input: PrBodyInput, release: Release): string {
  return `${releasesPage(input)}/tag/${release.tagPath}`;
}

function header(input: PrBodyInput): string {
  const name = escapeMarkdown(input.upstreamName);
  const { current, target } = input;
  return [
    `Updates **${name}** from \`${current.upstream.text}\` to \`${target.upstream.text}\` (a ${input.updateType} update).`,
    '',
    '| | Current | Target |',
    '| --- | --- | --- |',
    `| ${name} | \`${current.upstream.text}\` | \`${target.upstream.text}\` |`,
    `| Package | \`${current.package}\` | \`${target.package}\` |`,
    '',
  ].join('\n');
}

/** The series the step enters, oldest first, each with its oldest release in the step. */
function seriesEntered(input: PrBodyInput): { series: string; first: Release | undefined }[] {
  const from = seriesOf(input.current.upstream);
  const entered = new Map<string, Release | undefined>();
  const versions = [...input.releases].sort((a, b) => compareVersions(a.version, b.version));
  for (const release of versions) {
    const series = seriesOf(release.version);
    if (series !== from && !entered.has(series)) entered.set(series, release);
  }
  const targetSeries = seriesOf(input.target.upstream);
  if (targetSeries !== from && !entered.has(targetSeries)) entered.set(targetSeries, undefined);
  return [...entered].map(([series, first]) => ({ series, first }));
}

function warning(input: PrBodyInput): string {
  const template = input.breakingChangesUrl ?? DEFAULT_BREAKING_CHANGES_URL;
  const lines: string[] = [];
  const entered = seriesEntered(input);
  if (entered.length > 0) {
    const links = entered.map(({ series, first }) => {
      const url =
        template !== ''
          ? template.replaceAll('{series}', series)
          : first
            ? releasePage(input, first)
            : releasesPage(input);
      return `[${series}](${url})`;
    });
    lines.push(
      `This update enters the ${entered.map((e) => `**${e.series}**`).join(', ')} series. Read the breaking changes of ${links.join(', ')} before merging.`,
    );
  }
  const breaking = input.releases
    .filter((r) => mentionsBreakingChanges(r.notes))
    .map((r) => r.version.text);
  if (breaking.length > 0) {
    lines.push(`The release notes of ${breaking.join(', ')} mention breaking changes.`);
  }
  if (lines.length === 0) return '';
  return ['> [!WARNING]', ...lines.map((line) => `> ${line}`), ''].join('\n');
}

function summary(release: Release): string {
  const date = release.publishedAt ? ` · ${release.publishedAt.toISOString().slice(0, 10)}` : '';
  const pre = release.prerelease ? ' (prerelease)' : '';
  return `<summary><b>${release.version.text}</b>${pre}${date}</summary>`;
}

/** One release's collapsed section; `lines` are its quoted notes, possibly cut. */
function section(
  input: PrBodyInput,
  release: Release,
  lines: readonly string[],
  cut: boolean,
): string {
  const notes = lines.length === 0 && !cut ? ['_No release notes._'] : [...lines];
  if (cut)
    notes.push(
      ...(lines.length > 0 ? ['>', '> …'] : []),
      '',
      '_The notes are too long to show here in full._',
    );
  return [
    '<details>',
    summary(release),
    '',
    ...notes,
    '',
    `[${release.version.text} on the releases page](${releasePage(input, release)})`,
    '',
    '</details>',
    '',
  ].join('\n');
}

function omitted(input: PrBodyInput, releases: readonly Release[]): string {
  if (releases.length === 0) return '';
  return [
    'Older releases of this step, whose notes did not fit:',
    ...releases.map((r) => `- [${r.version.text}](${releasePage(input, r)})`),
    '',
  ].join('\n');
}

function footer(input: PrBodyInput, shortened: boolean): string {
  if (!shortened) return '';
  return `---\nThe release notes were shortened to fit; read them all on the [releases page](${releasesPage(input)}).\n`;
}

/** Cuts quoted lines to at most `room` characters (joined by newlines), at a line end if one fits. */
function cutLines(lines: readonly string[], room: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > room) {
      if (kept.length === 0 && room > 2) {
        // One huge line: keep its start, without splitting a surrogate pair.
        let end = room - 1;
        if (/[\uD800-\uDBFF]/.test(line.charAt(end - 1))) end--;
        kept.push(line.slice(0, end));
      }
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}

/**
 * The body: versions table, a warning when the step enters a new series or the notes mention
 * breaking changes, then the notes of every release in the step, newest first. When too long,
 * the oldest notes give way to links one by one, then the newest notes are cut.
 */
export function prBody(input: PrBodyInput): string {
  const max = input.maxLength ?? MAX_BODY_LENGTH;
  // Every block ends with one newline; blocks are joined by a blank line.
  const blocks = (...parts: string[]) => parts.filter((part) => part !== '').join('\n');
  const top = [header(input), warning(input)];
  const releases = [...input.releases].sort((a, b) => compareVersions(b.version, a.version));
  if (releases.length === 0) return blocks(...top);
  const notes = releases.map((r) =>
    quotedNotes(r.notes, { upstream: input.upstreamRepo, serverUrl: input.serverUrl }),
  );
  const sections = releases.map((r, i) => section(input, r, notes[i]!, false));

  const compose = (shown: number, first: string) =>
    blocks(
      ...top,
      '### Release notes\n',
      first,
      ...sections.slice(1, shown),
      omitted(input, releases.slice(shown)),
      footer(input, shown < releases.length || first !== sections[0]),
    );

  for (let shown = releases.length; shown >= 1; shown--) {
    const body = compose(shown, sections[0]!);
    if (body.length <= max) return body;
  }
  // Even the newest release's notes alone are too long: cut them.
  const fixed = compose(1, section(input, releases[0]!, [], true)).length;
  const room = Math.max(0, max - fixed - 8);
  return compose(1, section(input, releases[0]!, cutLines(notes[0]!, room), true));
}

const TEMPLATE_VARIABLE = /\{([^{}]*)\}/g;

function fill(
  template: string,
  values: Record<string, string>,
  input: string,
  allowed: string,
): string {
  return template.replace(TEMPLATE_VARIABLE, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new InputError(input, `unknown placeholder ${whole}`, `Use ${allowed}.`);
    }
    return value;
  });
}

export interface PrTextVariables {
  upstreamName: string;
  /** The target upstream version. */
  version: string;
  packageVersion: string;
}

/** The title from `pr-title`, e.g. `Update {upstream-name} to {version}`. */
export function prTitle(template: string, vars: PrTextVariables): string {
  const title = fill(
    template,
    {
      'upstream-name': vars.upstreamName,
      version: vars.version,
      'package-version': vars.packageVersion,
    },
    'pr-title',
    '{upstream-name}, {version} or {package-version}',
  )
    .replace(/\s+/g, ' ')
    .trim();
  if (title === '')
    throw new InputError(
      'pr-title',
      'is empty',
      'Set a title, e.g. "Update {upstream-name} to {version}".',
    );
  return title;
}

/** Whether `name` is a branch name git and GitHub both take, conservatively. */
function isSafeBranchName(name: string): boolean {
  if (!/^[A-Za-z0-9._/-]{1,200}$/.test(name)) return false;
  if (name.startsWith('-') || name.startsWith('refs/') || name === 'HEAD') return false;
  if (name.includes('..') || name.endsWith('.')) return false;
  return name
    .split('/')
    .every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

/**
 * The rolling branch from `pr-branch`, e.g. `cloudron-release/{upstream-name}`. Only
 * `{upstream-name}` is allowed: the branch must stay the same from one version to the next, or
 * every release would open another pull request.
 */
export function prBranch(template: string, vars: { upstreamName: string }): string {
  const name = vars.upstreamName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  const branch = fill(
    template,
    { 'upstream-name': name },
    'pr-branch',
    '{upstream-name} only: the branch is reused for every version, so it must not name one',
  );
  if (!isSafeBranchName(branch)) {
    throw new InputError(
      'pr-branch',
      `'${branch}' is not a usable branch name`,
      'Use letters, digits and . _ - / (no "..", no part starting with "." or ending with ".lock"), e.g. cloudron-release/{upstream-name}.',
    );
  }
  return branch;
}
