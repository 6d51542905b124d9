import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mentionsBreakingChanges, quotedNotes } from '../../src/pr/notes.ts';
import { hazards } from './hazards.ts';

const ZWSP = '\u200b';
const GITHUB = {
  upstream: { owner: 'goauthentik', repo: 'authentik' },
  serverUrl: 'https://github.com',
};
const ENTERPRISE = {
  upstream: { owner: 'goauthentik', repo: 'authentik' },
  serverUrl: 'https://ghe.example.com/',
};

function safe(notes: string, context = GITHUB): string {
  return quotedNotes(notes, context).join('\n');
}

describe('quotedNotes', () => {
  test.each([
    ['@someone', `> @${ZWSP}someone`],
    ['thanks (@Bery-Ju) and @org/team!', `> thanks (@${ZWSP}Bery-Ju) and @${ZWSP}org/team!`],
    ['\\@escaped', `> \\@${ZWSP}escaped`],
    ['mail me@example.com', `> mail me@${ZWSP}example.com`],
    [
      'o/r#3@user &#123 GH-5',
      `> [o/r#${ZWSP}3](https://redirect.github.com/o/r/issues/3)@${ZWSP}user &#${ZWSP}123 [goauthentik/authentik#${ZWSP}5](https://redirect.github.com/goauthentik/authentik/issues/5)`,
    ],
    [
      'npm https://www.npmjs.com/package/@goauthentik/api#1 stays',
      '> npm https://www.npmjs.com/package/@goauthentik/api#1 stays',
    ],
    ['\\[x](o/r#1) and [y](@z)', `> \\[x](o/r#${ZWSP}1) and [y](@${ZWSP}z)`],
    [
      'https://evil@github.com/o/r/issues/1 and https://a.com/?u=https://github.com/o/r/pull/2',
      '> https://redirect.github.com/o/r/issues/1 and https://a.com/?u=https://redirect.github.com/o/r/pull/2',
    ],
    ['[t](//github.com/o/r/issues/3)', '> [t](https://redirect.github.com/o/r/issues/3)'],
    [
      'fixes #123',
      `> fixes [goauthentik/authentik#${ZWSP}123](https://redirect.github.com/goauthentik/authentik/issues/123)`,
    ],
    [
      'GH-7 and \\#8',
      `> [goauthentik/authentik#${ZWSP}7](https://redirect.github.com/goauthentik/authentik/issues/7) and [goauthentik/authentik#${ZWSP}8](https://redirect.github.com/goauthentik/authentik/issues/8)`,
    ],
    [
      'see owner/repo#45.',
      `> see [owner/repo#${ZWSP}45](https://redirect.github.com/owner/repo/issues/45).`,
    ],
    [
      'in https://github.com/owner/repo/issues/45',
      '> in https://redirect.github.com/owner/repo/issues/45',
    ],
    [
      'in https://github.com/goauthentik/authentik/pull/16000#issuecomment-1',
      '> in https://redirect.github.com/goauthentik/authentik/pull/16000#issuecomment-1',
    ],
    ['www.github.com/o/r/discussions/3', '> https://redirect.github.com/o/r/discussions/3'],
    ['<https://github.com/o/r/pull/2>', '> <https://redirect.github.com/o/r/pull/2>'],
    [
      '[#9](https://github.com/o/r/pull/9)',
      `> [#${ZWSP}9](https://redirect.github.com/o/r/pull/9)`,
    ],
    [
      '[by @x in o/r#1](https://example.com)',
      `> [by @${ZWSP}x in o/r#${ZWSP}1](https://example.com)`,
    ],
    [
      '[docs](https://docs.goauthentik.io/docs/releases/2025.10#breaking-changes)',
      '> [docs](https://docs.goauthentik.io/docs/releases/2025.10#breaking-changes)',
    ],
    ['https://example.com/page#123 stays', '> https://example.com/page#123 stays'],
    [
      'https://github.com/goauthentik/authentik/compare/a...b stays',
      '> https://github.com/goauthentik/authentik/compare/a...b stays',
    ],
    ['color &#123; and #12abc', `> color &#123; and #${ZWSP}12abc`],
    ['&#64;hidden &#x40;hex &commat;named', `> @${ZWSP}hidden @${ZWSP}hex @${ZWSP}named`],
    [
      '&#35;77',
      `> [goauthentik/authentik#${ZWSP}77](https://redirect.github.com/goauthentik/authentik/issues/77)`,
    ],
    [
      '</details><details open><summary>x',
      `> <${ZWSP}/details><${ZWSP}details open><${ZWSP}summary>x`,
    ],
    ['a <!-- hidden --> b', '> a  b'],
    ['<!-- never closed', `> <${ZWSP}!-- never closed`],
    ['`<script>` in code', `> \`<${ZWSP}script>\` in code`],
    ['bidi \u202eevil\u202c and nul\u0000', '> bidi evil and nul'],
    ['x.o/r#3 abc#4', `> x.o/r#${ZWSP}3 abc#${ZWSP}4`],
    ['@userwww.github.com/o/r/pull/5', `> @${ZWSP}userhttps://redirect.github.com/o/r/pull/5`],
  ])('%j', (notes, expected) => {
    const out = safe(notes);
    expect(out).toBe(expected);
    expect(hazards(out)).toEqual([]);
  });

  test('every line is quoted, so an open fence or list ends with the quote', () => {
    const out = quotedNotes(
      '## Fixes\n\n```\nunclosed fence\n\n- item\r\n  ```\n</details>',
      GITHUB,
    );
    expect(out).toEqual([
      '> ## Fixes',
      '>',
      '> ```',
      '> unclosed fence',
      '>',
      '> - item',
      '>   ```',
      `> <${ZWSP}/details>`,
    ]);
  });

  test('empty notes give no lines', () => {
    expect(quotedNotes('  \n\r\n', GITHUB)).toEqual([]);
  });

  test('on GitHub Enterprise references become unlinked code', () => {
    const out = safe(
      'fixes #12, o/r#3 and https://ghe.example.com/o/r/pull/4 and [x](https://ghe.example.com/o/r/issues/5)',
      ENTERPRISE,
    );
    expect(out).toBe(
      '> fixes `goauthentik/authentik#12`, `o/r#3` and `https://ghe.example.com/o/r/pull/4` and x (`https://ghe.example.com/o/r/issues/5`)',
    );
  });

  test('any mix of hostile fragments comes out harmless', () => {
    const fragments = [
      '@user',
      '#1',
      'GH-2',
      'o/r#3',
      'https://github.com/o/r/issues/4',
      'www.github.com/o/r/pull/5',
      '<https://github.com/o/r/pull/6>',
      '[',
      ']',
      '(',
      ')',
      '[t](https://github.com/o/r/pull/7)',
      '</details>',
      '<details>',
      '<!--',
      '-->',
      '```',
      '~~~',
      '\n',
      ' ',
      '&#64;',
      '&#35;',
      '&',
      '#',
      '@',
      '\\',
      '`',
      'x',
      '9',
      '/',
      '.',
      '&#x40;',
      '&commat;',
      '\u202e',
      '>',
      '<',
      'a@b.c',
      '//github.com/o/r/issues/8',
      'https://a.com/x',
      'https://evil@',
      'github.com',
      '/o/r/pull/9',
      ';',
      'GH-',
      'gh-3',
      '(',
      '[x](',
      '&#123;',
      '64;',
      '35;',
      '&#',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const lines = quotedNotes(parts.join(''), GITHUB);
        expect(lines.every((line) => line === '>' || line.startsWith('> '))).toBe(true);
        expect(hazards(lines.join('\n'))).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('mentionsBreakingChanges', () => {
  test.each([
    ['## Breaking changes\n- x', true],
    ['This release has a BREAKING CHANGE.', true],
    ['breaking-changes section', true],
    ['no breakage here', false],
    ['unbreaking changes', false],
  ])('%j → %s', (notes, expected) => {
    expect(mentionsBreakingChanges(notes)).toBe(expected);
  });
});
