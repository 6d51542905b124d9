import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageError } from '../../src/errors.ts';
import { bumpManifest, readManifest, validateManifest } from '../../src/package/manifest.ts';
import { authentikFixture } from '../support/paths.ts';

const fixture = readFileSync(join(authentikFixture, 'CloudronManifest.json'), 'utf8');
const next = { version: '1.4.0', upstreamVersion: '2025.10.4' };

describe('readManifest', () => {
  it('reads the versions and the whole manifest', () => {
    const info = readManifest(fixture, 'CloudronManifest.json');
    expect(info.version).toBe('1.3.2');
    expect(info.upstreamVersion).toBe('2025.8.3');
    expect(info.manifest).toEqual(JSON.parse(fixture));
  });

  it('gives undefined for a manifest without upstreamVersion', () => {
    const info = readManifest('{"version": "1.0.0"}', 'm');
    expect(info.upstreamVersion).toBeUndefined();
  });

  it.each([
    ['{\n  "version": "1.3",\n  "httpPort": 1\n}', 'm:2:14: "version" is not a semver version'],
    ['{\n  "version": 2\n}', 'm:2:14: "version" is not a semver version'],
    ['{\n  "httpPort": 1\n}', 'm: the manifest has no "version"'],
    ['{"version": "1.0.0", "upstreamVersion": 5}', 'm:1:41: "upstreamVersion" must be a string'],
    ['[1]', 'm:1:1: the manifest must be a JSON object'],
    ['{\n  "version": "1.0.0",\n}\n', 'm:3:1: invalid JSON: expected a quoted key'],
  ])('rejects %j', (text, message) => {
    expect(() => readManifest(text, 'm')).toThrow(PackageError);
    expect(() => readManifest(text, 'm')).toThrow(message);
  });
});

describe('bumpManifest', () => {
  it('refuses invalid JSON with the file, line and column', () => {
    const broken = fixture.replace('"httpPort": 9000,', '"httpPort": 9000');
    expect(() => bumpManifest(broken, next, 'CloudronManifest.json')).toThrow(
      /^CloudronManifest\.json:11:3: invalid JSON: expected ',' or '}' after a value, found "\\""/,
    );
  });

  it("refuses a manifest that fails Cloudron's check after the edit, naming the validator's message", () => {
    const unknownKey = fixture.replace(
      '"mediaLinks": []',
      '"mediaLinks": [],\n  "notAField": true',
    );
    expect(() => bumpManifest(unknownKey, next, 'CloudronManifest.json')).toThrow(
      /^CloudronManifest\.json: the manifest does not pass Cloudron's manifest check \(Unknown property \(not in schema\) @ \/notAField\)/,
    );
  });

  it('refuses a new package version that is not semver', () => {
    expect(() =>
      bumpManifest(fixture, { ...next, version: '1.4' }, 'CloudronManifest.json'),
    ).toThrow('CloudronManifest.json: the new package version is not a semver version');
  });

  it('keeps the bytes of values that already have the new text', () => {
    const escaped = fixture.replace('"version": "1.3.2"', '"version": "1.4\\u002e0"');
    const after = bumpManifest(escaped, next, 'm');
    expect(after).toContain('"version": "1.4\\u002e0"');
    expect(after).toContain('"upstreamVersion": "2025.10.4"');
  });

  it('adds upstreamVersion right after version in a one-line manifest', () => {
    const after = bumpManifest('{"version":"1.0.0","manifestVersion":2,"httpPort":80}', next, 'm');
    expect(after).toBe(
      '{"version":"1.4.0","upstreamVersion":"2025.10.4","manifestVersion":2,"httpPort":80}',
    );
  });
});

describe('validateManifest', () => {
  it('accepts the fixture and refuses an invalid dockerImage', () => {
    const manifest = JSON.parse(fixture) as Record<string, unknown>;
    expect(() => validateManifest(manifest, 'm')).not.toThrow();
    expect(() => validateManifest({ ...manifest, dockerImage: 'https://x/y' }, 'm')).toThrow(
      'Invalid docker image name',
    );
  });
});
