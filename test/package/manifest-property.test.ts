/**
 * Property: for any manifest Cloudron's validator accepts, in any layout, the bump changes the
 * bytes of `version` and `upstreamVersion` and nothing else. The oracle is the generator itself:
 * the same manifest rendered in the same layout with the two new values must be the exact output.
 */
import fc from 'fast-check';
import manifestFormat from 'cloudron-manifestformat';
import { describe, expect, it } from 'vitest';
import { bumpManifest, readManifest } from '../../src/package/manifest.ts';

interface Layout {
  /** One level of indentation; '' renders on one line. */
  indent: string;
  colon: ':' | ': ' | ' : ';
  eol: '\n' | '\r\n';
  finalNewline: boolean;
  inlineArrays: boolean;
  /** Write non-ASCII characters as \uXXXX escapes. */
  asciiOnly: boolean;
}

function renderString(value: string, layout: Layout): string {
  const json = JSON.stringify(value);
  if (!layout.asciiOnly) return json;
  return json.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function render(value: unknown, layout: Layout, depth = 0): string {
  const inner = layout.indent.repeat(depth + 1);
  const outer = layout.indent.repeat(depth);
  const block = (open: string, items: string[], close: string, inline: boolean) => {
    if (items.length === 0) return open + close;
    if (layout.indent === '' || inline) return open + items.join(inline ? ', ' : ',') + close;
    return `${open}${layout.eol}${items.map((item) => inner + item).join(`,${layout.eol}`)}${layout.eol}${outer}${close}`;
  };
  if (typeof value === 'string') return renderString(value, layout);
  if (Array.isArray(value)) {
    const items = value.map((item) => render(item, layout, depth + 1));
    return block('[', items, ']', layout.inlineArrays);
  }
  if (value !== null && typeof value === 'object') {
    const items = Object.entries(value).map(
      ([key, item]) => renderString(key, layout) + layout.colon + render(item, layout, depth + 1),
    );
    return block('{', items, '}', false);
  }
  return JSON.stringify(value);
}

const semverArb = fc
  .tuple(fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 300 }))
  .map(([a, b, c]) => `${a}.${b}.${c}`);
const upstreamArb = fc.oneof(
  semverArb,
  fc.constantFrom('2025.10.4', '2025.8.3', 'v1.2', '24.04-rc1'),
);
const textArb = fc.string({ unit: 'grapheme', minLength: 5, maxLength: 24 });

const optionalFields = {
  id: fc.constantFrom('io.goauthentik.cloudronapp', 'com.example.app'),
  title: textArb,
  author: textArb,
  tagline: textArb,
  description: fc.constant('file://DESCRIPTION.md'),
  changelog: fc.constant('file://CHANGELOG.md'),
  healthCheckPath: fc.constantFrom('/', '/-/health/live/'),
  website: fc.constant('https://goauthentik.io'),
  contactEmail: fc.constant('packager@example.com'),
  icon: fc.constant('file://logo.png'),
  memoryLimit: fc.integer({ min: 1, max: 2 ** 40 }),
  minBoxVersion: semverArb,
  tags: fc.uniqueArray(textArb, { maxLength: 5 }),
  mediaLinks: fc.constant([]),
  optionalSso: fc.boolean(),
  addons: fc
    .subarray(['localstorage', 'postgresql', 'redis', 'sendmail', 'mysql', 'ldap'])
    .map((names) => Object.fromEntries(names.map((name) => [name, {}]))),
};

const manifestArb = fc
  .record({
    required: fc.record({
      manifestVersion: fc.constantFrom(1, 2),
      version: semverArb,
      upstreamVersion: upstreamArb,
      httpPort: fc.integer({ min: 0, max: 65535 }),
    }),
    optional: fc.record(optionalFields, { requiredKeys: [] }),
  })
  .chain(({ required, optional }) => {
    const entries = [...Object.entries(required), ...Object.entries(optional)];
    return fc
      .shuffledSubarray(entries, { minLength: entries.length })
      .map((shuffled) => Object.fromEntries(shuffled) as Record<string, unknown>);
  });

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  indent: fc.constantFrom('', ' ', '  ', '    ', '\t', '\t\t'),
  colon: fc.constantFrom(':', ': ', ' : '),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
  inlineArrays: fc.boolean(),
  asciiOnly: fc.boolean(),
});

function withoutVersions(manifest: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(manifest).filter(([key]) => key !== 'version' && key !== 'upstreamVersion'),
  );
}

function renderFile(manifest: Record<string, unknown>, layout: Layout): string {
  return render(manifest, layout) + (layout.finalNewline ? layout.eol : '');
}

describe('bumpManifest on generated manifests', () => {
  it('changes only the two values, byte for byte', () => {
    fc.assert(
      fc.property(
        manifestArb,
        layoutArb,
        semverArb,
        upstreamArb,
        (manifest, layout, version, upstream) => {
          expect(manifestFormat.parse(manifest)).toBeNull();
          const before = renderFile(manifest, layout);
          const expected = renderFile({ ...manifest, version, upstreamVersion: upstream }, layout);

          const after = bumpManifest(
            before,
            { version, upstreamVersion: upstream },
            'CloudronManifest.json',
          );

          expect(after).toBe(expected);
          const parsed = JSON.parse(after) as Record<string, unknown>;
          expect(Object.keys(parsed)).toEqual(Object.keys(manifest));
          expect(withoutVersions(parsed)).toEqual(withoutVersions(manifest));
          expect(readManifest(after, 'm')).toMatchObject({ version, upstreamVersion: upstream });
          expect(bumpManifest(after, { version, upstreamVersion: upstream }, 'm')).toBe(after);
        },
      ),
      { numRuns: 400 },
    );
  });
});
