import { describe, expect, it } from 'vitest';
import { PackageError } from '../../src/errors.ts';
import { bumpDockerfileArg, findArgDefaults } from '../../src/package/dockerfile.ts';

describe('bumpDockerfileArg', () => {
  it.each([
    ['ARG AK_VERSION=2025.8.3\n', 'ARG AK_VERSION=2025.10.4\n'],
    ['ARG AK_VERSION="2025.8.3"\r\n', 'ARG AK_VERSION="2025.10.4"\r\n'],
    ["  ARG AK_VERSION='2025.8.3'\t\n", "  ARG AK_VERSION='2025.10.4'\t\n"],
    ['ARG AK_VERSION=\nARG AK_VERSION\n', 'ARG AK_VERSION=2025.10.4\nARG AK_VERSION\n'],
    ['ARG AK_VERSION=2025.8.3', 'ARG AK_VERSION=2025.10.4'],
  ])('edits %j', (before, after) => {
    expect(bumpDockerfileArg(before, 'AK_VERSION', '2025.10.4', 'Dockerfile')).toBe(after);
  });

  it('leaves other ARGs with a similar name alone', () => {
    const text = 'ARG AK_VERSION_OLD=1.0.0\nARG MY_AK_VERSION=1.0.0\nARG AK_VERSION=1.0.0\n';
    expect(bumpDockerfileArg(text, 'AK_VERSION', '2.0.0', 'Dockerfile')).toBe(
      'ARG AK_VERSION_OLD=1.0.0\nARG MY_AK_VERSION=1.0.0\nARG AK_VERSION=2.0.0\n',
    );
  });

  it('names the file and the ARG when there is no ARG with a default', () => {
    const text = 'FROM scratch\nARG AK_VERSION\n';
    expect(() => bumpDockerfileArg(text, 'AK_VERSION', '1.0.0', 'pkg/Dockerfile')).toThrow(
      PackageError,
    );
    expect(() => bumpDockerfileArg(text, 'AK_VERSION', '1.0.0', 'pkg/Dockerfile')).toThrow(
      /^pkg\/Dockerfile: no "ARG AK_VERSION=<version>" line/,
    );
  });

  it.each([
    ['ARG AK_VERSION=1.0.0\nARG OTHER=1 AK_VERSION=1.0.0\n', 2],
    ['ARG AK_VERSION=1.0.0 # pinned\n', 1],
    ['ARG AK_VERSION="1.0.0" EXTRA=1\n', 1],
  ])('refuses a declaration it cannot edit safely: %j', (text, line) => {
    expect(() => bumpDockerfileArg(text, 'AK_VERSION', '2.0.0', 'Dockerfile')).toThrow(
      `Dockerfile:${line}: ARG AK_VERSION is declared in a form that cannot be edited safely`,
    );
  });

  it('refuses a version that would not stand unquoted', () => {
    expect(() => bumpDockerfileArg('ARG V=1\n', 'V', '1.0 rm -rf', 'Dockerfile')).toThrow(
      'Dockerfile: the version to write into ARG V is not a plain version',
    );
  });

  it('agrees with findArgDefaults', () => {
    const text = 'ARG V=1.0.0\nFROM a\nARG V="1.0.0"\n';
    const after = bumpDockerfileArg(text, 'V', '3.1.4', 'Dockerfile');
    expect(findArgDefaults(after, 'V').map((arg) => arg.value)).toEqual(['3.1.4', '3.1.4']);
  });
});
