import { describe, expect, it } from 'vitest';
import { PackageError } from '../../src/errors.ts';
import { addVersionEntry, type VersionEntryInput } from '../../src/package/versions-file.ts';

const manifest = {
  manifestVersion: 2,
  version: '1.4.0',
  httpPort: 9000,
  upstreamVersion: '2025.10.4',
};
const input: VersionEntryInput = {
  packageVersion: '1.4.0',
  manifest,
  dockerImage: 'docker.io/stalecontext/authentik-cloudron:1.4.0',
  date: new Date('2026-02-10T12:34:56Z'),
  publishState: 'published',
};
const file = 'CloudronVersions.json';

describe('addVersionEntry', () => {
  it('creates the file with RFC 1123 dates and the image in the manifest', () => {
    const { text, changed } = addVersionEntry(undefined, input, file);
    expect(changed).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "stable": true,');
    expect(JSON.parse(text)).toEqual({
      stable: true,
      versions: {
        '1.4.0': {
          manifest: { ...manifest, dockerImage: input.dockerImage },
          creationDate: 'Tue, 10 Feb 2026 12:34:56 GMT',
          ts: 'Tue, 10 Feb 2026 12:34:56 GMT',
          publishState: 'published',
        },
      },
    });
    expect(input.manifest).not.toHaveProperty('dockerImage');
  });

  it('keeps existing entries byte for byte and adds the new one last', () => {
    const first = addVersionEntry(undefined, { ...input, packageVersion: '1.3.2' }, file).text;
    const { text } = addVersionEntry(first, { ...input, publishState: 'testing' }, file);
    expect(text.startsWith(first.slice(0, first.lastIndexOf('}\n  }')))).toBe(true);
    const parsed = JSON.parse(text) as { versions: Record<string, { publishState: string }> };
    expect(Object.keys(parsed.versions)).toEqual(['1.3.2', '1.4.0']);
    expect(parsed.versions['1.4.0']!.publishState).toBe('testing');
    expect(JSON.parse(first).versions['1.3.2']).toEqual(parsed.versions['1.3.2']);
  });

  it('writes a one-line file on one line', () => {
    const text = '{"stable":true,"versions":{"1.3.2":{"manifest":{}}}}';
    const after = addVersionEntry(text, input, file).text;
    expect(after).not.toContain('\n');
    expect(after.startsWith('{"stable":true,"versions":{"1.3.2":{"manifest":{}},"1.4.0":{')).toBe(
      true,
    );
  });

  it('is a no-op for the same version and image', () => {
    const { text } = addVersionEntry(undefined, input, file);
    expect(addVersionEntry(text, input, file)).toEqual({ text, changed: false });
  });

  it('refuses the same version with another image', () => {
    const { text } = addVersionEntry(undefined, input, file);
    const other = { ...input, dockerImage: 'docker.io/someone/else:1.4.0' };
    expect(() => addVersionEntry(text, other, file)).toThrow(PackageError);
    expect(() => addVersionEntry(text, other, file)).toThrow(
      /^CloudronVersions\.json:4:5: version 1\.4\.0 is already published with another image/,
    );
  });

  it.each([
    ['{"stable": true}', 'CloudronVersions.json:1:1: expected {"stable": true, "versions": {...}}'],
    ['{"versions": []}', 'CloudronVersions.json:1:14: expected'],
    ['{"versions": {,}}', 'CloudronVersions.json:1:15: invalid JSON'],
  ])('refuses a malformed file %j', (text, message) => {
    expect(() => addVersionEntry(text, input, file)).toThrow(message);
  });

  it('refuses a manifest that Cloudron would not accept', () => {
    const bad = { ...input, dockerImage: 'https://docker.io/x:1' };
    expect(() => addVersionEntry(undefined, bad, file)).toThrow('Invalid docker image name');
  });
});
