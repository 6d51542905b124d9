import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import {
  addChangelogEntry,
  hasChangelogEntry,
  renderChangelogLines,
  type ChangelogEntry,
} from '../../src/package/changelog.ts';

const entry: ChangelogEntry = {
  packageVersion: '1.4.0',
  upstreamName: 'authentik',
  version: '2025.10.4',
  previousVersion: '2025.8.3',
  releaseUrl: 'https://github.com/goauthentik/authentik/releases/tag/version%2F2025.10.4',
  date: '2026-02-10',
  template: undefined,
};
const bullets =
  '* Update authentik to 2025.10.4\n* [Full Changelog](https://github.com/goauthentik/authentik/releases/tag/version%2F2025.10.4)';

describe('addChangelogEntry', () => {
  it.each([
    ['Cloudron style', '[1.3.2]\n* x\n\n[1.4.0]\n* y\n'],
    ['Markdown headings', '# Changelog\n\n## 1.4.0\n\n- y\n\n## 1.3.2\n\n- x\n'],
    ['Keep a Changelog', '# Changelog\n\n## [1.4.0] - 2026-02-01\n\n- y\n'],
    ['a v prefix', '## v1.4.0\n- y\n'],
  ])('never adds an entry twice (%s): no change, no error', (_style, text) => {
    expect(hasChangelogEntry(text, '1.4.0')).toBe(true);
    expect(addChangelogEntry(text, entry)).toBe(text);
  });

  it('does not mistake link references or other versions for an entry', () => {
    const text = '## 1.3.2\n- x\n\n[1.4.0]: https://example.com\n## 1.4.0-beta.1\n';
    expect(hasChangelogEntry(text, '1.4.0')).toBe(false);
  });

  it('creates a Cloudron-style file when there is none', () => {
    expect(addChangelogEntry(undefined, entry)).toBe(`[1.4.0]\n${bullets}\n`);
    expect(addChangelogEntry('', entry)).toBe(`[1.4.0]\n${bullets}\n`);
  });

  it('appends in Cloudron style to a file with a title and no entries', () => {
    expect(addChangelogEntry('# Changes\n', entry)).toBe(`# Changes\n\n[1.4.0]\n${bullets}\n`);
  });

  it('appends to a Markdown file that is oldest first', () => {
    const text = '# Changelog\n\n## 1.0.0\n* a\n\n## 1.3.2\n* b\n';
    expect(addChangelogEntry(text, entry)).toBe(`${text}\n## 1.4.0\n${bullets}\n`);
  });

  it('inserts at the top of a Cloudron-style file that is newest first', () => {
    const text = '[1.3.2]\n* b\n\n[1.0.0]\n* a\n';
    expect(addChangelogEntry(text, entry)).toBe(`[1.4.0]\n${bullets}\n\n${text}`);
  });

  it.each([
    ['## v1.3.2 (2026-01-30)', '## v1.4.0 (2026-02-10)'],
    ['### 1.3.2 - 2026-01-30', '### 1.4.0 - 2026-02-10'],
    ['## [1.3.2]', '## [1.4.0] - 2026-02-10'],
    ['## [1.3.2](https://example.com/compare) - 2026-01-30', '## [1.4.0] - 2026-02-10'],
    ['## 1.3.2 Big release', '## 1.4.0'],
  ])('writes the heading like the newest one: %s', (heading, expected) => {
    const text = `# Changelog\r\n\r\n${heading}\r\n* x\r\n`;
    const after = addChangelogEntry(text, entry);
    expect(after).toBe(
      `# Changelog\r\n\r\n${expected}\r\n${bullets.replace('\n', '\r\n')}\r\n\r\n${heading}\r\n* x\r\n`,
    );
  });
});

describe('renderChangelogLines', () => {
  it('fills every placeholder', () => {
    const template =
      '\n- {package-version} {upstream-name} {version} {previous-version} {release-url} {date}\n\n';
    expect(renderChangelogLines({ ...entry, template })).toEqual([
      `- 1.4.0 authentik 2025.10.4 2025.8.3 ${entry.releaseUrl} 2026-02-10`,
    ]);
  });

  it("uses the file's bullet for the default lines only", () => {
    expect(renderChangelogLines(entry, '-')[0]).toBe('- Update authentik to 2025.10.4');
    expect(renderChangelogLines({ ...entry, template: '* {version}' }, '-')).toEqual([
      '* 2025.10.4',
    ]);
  });

  it('rejects an unknown placeholder, naming the input', () => {
    const bad = { ...entry, template: '* {versoin}' };
    expect(() => renderChangelogLines(bad)).toThrow(InputError);
    expect(() => renderChangelogLines(bad)).toThrow(
      "Input 'changelog-template': unknown placeholder {versoin}. Use {package-version},",
    );
  });

  it('rejects an empty template', () => {
    expect(() => renderChangelogLines({ ...entry, template: '\n  \n' })).toThrow(
      "Input 'changelog-template': it is empty.",
    );
  });
});
