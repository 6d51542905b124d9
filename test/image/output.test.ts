import { expect, test } from 'vitest';
import { LogTail, formatTail, parseDigest, scrubSecrets } from '../../src/image/output.ts';

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;

test.each([
  ['login with pa$$ word ok', ['pa$$ word'], 'login with *** ok'],
  ['pw pw pw', ['pw'], '*** *** ***'],
  ['abcdef and abc', ['abc', 'abcdef'], '*** and ***'],
  ['nothing here', [], 'nothing here'],
  ['empty secret ignored', [''], 'empty secret ignored'],
])('scrubSecrets(%j)', (text, secrets, clean) => {
  expect(scrubSecrets(text, secrets)).toBe(clean);
});

test('LogTail keeps the last lines, each cut to a readable length', () => {
  const tail = new LogTail(3);
  for (let i = 1; i <= 5; i++) tail.push(`line ${i}`);
  expect(tail.lines).toEqual(['line 3', 'line 4', 'line 5']);
  tail.push('x'.repeat(1000));
  expect(tail.lines[2]).toHaveLength(403);
});

test('formatTail', () => {
  expect(formatTail([])).toBe(' It printed nothing.');
  expect(formatTail(['a', 'b'])).toBe(' Last 2 lines of its output:\n  | a\n  | b');
});

test.each([
  ['buildx-metadata', JSON.stringify({ 'containerimage.digest': digest }), digest],
  [
    'buildx-metadata',
    JSON.stringify({
      'buildx.build.ref': 'x',
      'containerimage.descriptor': {},
      'containerimage.digest': digest,
    }),
    digest,
  ],
  ['buildx-metadata', '{}', undefined],
  ['buildx-metadata', 'not json', undefined],
  ['buildx-metadata', 'null', undefined],
  ['buildx-metadata', JSON.stringify({ 'containerimage.digest': 42 }), undefined],
  ['buildx-metadata', JSON.stringify({ 'containerimage.digest': 'sha256:short' }), undefined],
  ['digestfile', `${digest}\n`, digest],
  ['digestfile', digest, digest],
  ['digestfile', '', undefined],
  ['digestfile', 'sha256:zz', undefined],
] as const)('parseDigest(%s, %j)', (format, text, expected) => {
  expect(parseDigest(format, text)).toBe(expected);
});
