import { describe, expect, test } from 'vitest';
import {
  imageNameProblem,
  isSha256Digest,
  isValidTag,
  parseImageName,
  registryHost,
} from '../../src/image/reference.ts';

describe('imageNameProblem', () => {
  test.each([
    ['docker.io/stalecontext/authentik-cloudron', 'docker.io', 'docker.io'],
    ['stalecontext/authentik-cloudron', undefined, 'docker.io'],
    ['authentik', undefined, 'docker.io'],
    ['ghcr.io/owner/app', 'ghcr.io', 'ghcr.io'],
    [
      'registry.example.com:5000/team/sub/app',
      'registry.example.com:5000',
      'registry.example.com:5000',
    ],
    ['localhost/app', 'localhost', 'localhost'],
    ['localhost:5000/app', 'localhost:5000', 'localhost:5000'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000', '127.0.0.1:5000'],
    ['[::1]:5000/app', '[::1]:5000', '[::1]:5000'],
    ['Registry.Example.com/app', 'Registry.Example.com', 'Registry.Example.com'],
    ['docker.io/a_b/c__d/e-f/g.h/i---j', 'docker.io', 'docker.io'],
  ])('%s is valid (domain %s, login to %s)', (name, domain, host) => {
    expect(imageNameProblem(name)).toBeUndefined();
    const parsed = parseImageName(name);
    expect(parsed?.domain).toBe(domain);
    expect(registryHost(parsed!)).toBe(host);
  });

  test.each([
    ['', 'is empty'],
    ['docker.io/StaleContext/app', 'uppercase'],
    ['StaleContext/app', 'uppercase'],
    ['https://docker.io/owner/app', 'URL scheme'],
    ['docker.io/owner/my app', 'whitespace'],
    [' docker.io/owner/app', 'whitespace'],
    ['docker.io/owner/app:', "ends with ':'"],
    ['docker.io/owner/app:1.0', 'includes a tag'],
    ['docker.io/owner/app@sha256:abc', 'digest'],
    ['docker.io/owner/app/', "ends with '/'"],
    ['docker.io//app', 'empty path component'],
    ['docker.io/', "ends with '/'"],
    ['docker.io:abc/app', 'invalid registry host'],
    ['-bad.io/app', 'invalid registry host'],
    ['docker.io/-app', 'invalid path component'],
    ['docker.io/app-', 'invalid path component'],
    ['docker.io/a___b', 'invalid path component'],
    ['docker.io/a..b', 'invalid path component'],
    ['docker.io/ap$p', 'invalid path component'],
    [`docker.io/${'a'.repeat(260)}`, 'longer than 255'],
  ])('%j is rejected: %s', (name, problem) => {
    expect(imageNameProblem(name)).toContain(problem);
    expect(parseImageName(name)).toBeUndefined();
  });
});

describe('isValidTag', () => {
  test.each([
    ['1.4.0', true],
    ['latest', true],
    ['2025.10.1-cloudron_2', true],
    ['_x', true],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
    ['.hidden', false],
    ['-dash', false],
    ['1.4.0+build', false],
    ['with space', false],
    ['', false],
    ['a/b', false],
  ])('%j: %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
  });
});

test.each([
  [`sha256:${'a'.repeat(64)}`, true],
  [`sha256:${'A'.repeat(64)}`, false],
  [`sha256:${'a'.repeat(63)}`, false],
  [`sha512:${'a'.repeat(64)}`, false],
])('isSha256Digest(%j) is %s', (digest, valid) => {
  expect(isSha256Digest(digest)).toBe(valid);
});
