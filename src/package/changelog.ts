/**
 * The package's changelog: one entry per package version, written in the style the file already
 * uses. Cloudron's own style is `[1.4.0]` headings, oldest first; Markdown files often use
 * `## 1.4.0` or Keep a Changelog's `## [1.4.0] - 2026-01-30`, newest first under a title.
 */
import { InputError } from '../errors.ts';

export interface ChangelogEntry {
  packageVersion: string;
  /** The upstream project's display name, e.g. `authentik`. */
  upstreamName: string;
  /** The new upstream version. */
  version: string;
  /** The upstream version before this update; undefined when the package named none. */
  previousVersion: string | undefined;
  /** The upstream release's page. */
  releaseUrl: string;
  /** The release date, `YYYY-MM-DD` (the caller's clock). */
  date: string;
  /** Bullet lines with `{placeholders}`; undefined: the default two lines. */
  template: string | undefined;
}

export const DEFAULT_CHANGELOG_TEMPLATE =
  '* Update {upstream-name} to {version}\n* [Full Changelog]({release-url})';

/** A version heading: `[1.2.3]` (Cloudron), `## 1.2.3`, `## [1.2.3] - 2026-01-30`. */
interface Heading {
  /** Offset of the heading line's first character. */
  offset: number;
  version: string;
  /** `''` for Cloudron's bare `[1.2.3]`, else the Markdown `#`s. */
  hashes: string;
  bracketed: boolean;
  vPrefix: boolean;
  /** Text after the version, e.g. ` - 2026-01-30`. */
  rest: string;
  blankAfter: boolean;
}

const CLOUDRON_HEADING = /^\[(v?)(\d+\.\d+\.\d+[0-9A-Za-z.+-]*)\][ \t]*$/;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(\[?)(v?)(\d+\.\d+\.\d+[0-9A-Za-z.+-]*)(\]?)(.*)$/;
const DATE_ONLY_SUFFIX = /^[ \t]*(?:[-–—][ \t]*)?\(?\d{4}-\d{2}-\d{2}\)?[ \t]*$/;

function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let offset = 0;
  lines.forEach((line, index) => {
    const blankAfter = (lines[index + 1] ?? '').trim() === '';
    const cloudron = CLOUDRON_HEADING.exec(line);
    const markdown = MARKDOWN_HEADING.exec(line);
    if (cloudron !== null) {
      const [, v = '', version = ''] = cloudron;
      headings.push({
        offset,
        version,
        hashes: '',
        bracketed: true,
        vPrefix: v === 'v',
        rest: '',
        blankAfter,
      });
    } else if (markdown !== null && (markdown[2] === '[') === (markdown[5] === ']')) {
      const [, hashes = '', open = '', v = '', version = '', , rest = ''] = markdown;
      headings.push({
        offset,
        version,
        hashes,
        bracketed: open === '[',
        vPrefix: v === 'v',
        rest,
        blankAfter,
      });
    }
    offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
  });
  return headings;
}

/** Whether the changelog already has an entry (in any style) for this package version. */
export function hasChangelogEntry(text: string, packageVersion: string): boolean {
  const wanted = packageVersion.replace(/^v/, '');
  return findHeadings(text).some((heading) => heading.version === wanted);
}

/** The bullet lines of an entry, from the template or the default. */
export function renderChangelogLines(entry: ChangelogEntry, bullet = '*'): string[] {
  const values: Record<string, string> = {
    'package-version': entry.packageVersion,
    'upstream-name': entry.upstreamName,
    version: entry.version,
    'previous-version': entry.previousVersion ?? '',
    'release-url': entry.releaseUrl,
    date: entry.date,
  };
  const template = entry.template ?? DEFAULT_CHANGELOG_TEMPLATE.replaceAll(/^\* /gm, `${bullet} `);
  const rendered = template.replaceAll(/\{([a-z-]+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new InputError(
        'changelog-template',
        `unknown placeholder ${placeholder}`,
        `Use ${Object.keys(values)
          .map((key) => `{${key}}`)
          .join(', ')}`,
      );
    }
    return value;
  });
  const lines = rendered.split(/\r?\n/);
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  if (lines.length === 0) {
    throw new InputError(
      'changelog-template',
      'it is empty',
      'Give at least one line, or leave it unset for the default entry',
    );
  }
  return lines;
}

function headingFor(reference: Heading | undefined, entry: ChangelogEntry): string {
  if (reference === undefined || reference.hashes === '') {
    return `[${reference?.vPrefix === true ? 'v' : ''}${entry.packageVersion}]`;
  }
  const version = `${reference.vPrefix ? 'v' : ''}${entry.packageVersion}`;
  const suffix = DATE_ONLY_SUFFIX.test(reference.rest)
    ? reference.rest.replace(/\d{4}-\d{2}-\d{2}/, entry.date)
    : reference.bracketed
      ? ` - ${entry.date}`
      : '';
  return `${reference.hashes} ${reference.bracketed ? `[${version}]` : version}${suffix}`;
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Newest first when the first heading is newer than the last; one heading: by its style. */
function isNewestFirst(headings: Heading[]): boolean {
  const [first, last] = [headings[0], headings.at(-1)];
  if (first === undefined || last === undefined) return false;
  if (first === last) return first.hashes !== '';
  return compareVersions(first.version, last.version) > 0;
}

/**
 * The changelog with an entry for `entry.packageVersion` in the file's style and place; the text
 * as it is when that version already has an entry. `text` undefined: a new Cloudron-style file.
 * Line endings and the file's final newline are kept.
 */
export function addChangelogEntry(text: string | undefined, entry: ChangelogEntry): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) {
    throw new Error(`changelog date must be YYYY-MM-DD, got ${entry.date}`);
  }
  const source = text ?? '';
  if (hasChangelogEntry(source, entry.packageVersion)) return source;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const bullet = /^([*-])[ \t]/m.exec(source)?.[1] ?? '*';
  const headings = findHeadings(source);
  const newestFirst = isNewestFirst(headings);
  const reference = newestFirst ? headings[0] : headings.at(-1);
  const block = [
    headingFor(reference, entry),
    ...(reference?.hashes !== '' && reference?.blankAfter === true ? [''] : []),
    ...renderChangelogLines(entry, bullet),
  ].join(eol);

  if (newestFirst && reference !== undefined) {
    const at = reference.offset;
    return source.slice(0, at) + block + eol + eol + source.slice(at);
  }
  const body = source.replace(/(?:\r?\n|[ \t])*$/, '');
  if (body === '') return block + eol;
  const tail = source.slice(body.length);
  return body + eol + eol + block + (/\n/.test(tail) ? tail : '');
}
