import { describe, expect, test } from 'vitest';
import { isLoopbackHost, parseCloudronUrl } from '../../src/cloudron/url.ts';
import { InputError } from '../../src/errors.ts';

describe('parseCloudronUrl', () => {
  test.each([
    ['https://my.example.com', 'https://my.example.com/'],
    ['https://my.example.com/', 'https://my.example.com/'],
    ['  https://My.Example.com:8443/ ', 'https://my.example.com:8443/'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000/'],
    ['http://127.1:3000', 'http://127.0.0.1:3000/'],
    ['http://127.255.0.9', 'http://127.255.0.9/'],
    ['http://localhost:8080/', 'http://localhost:8080/'],
    ['http://LOCALHOST', 'http://localhost/'],
    ['http://[::1]:8080', 'http://[::1]:8080/'],
  ])('accepts %s', (raw, expected) => {
    expect(parseCloudronUrl(raw).href).toBe(expected);
  });

  test.each([
    [
      'http://my.example.com',
      "Input 'cloudron-url': uses http:// for my.example.com, which would send the API token unencrypted. Use https://my.example.com (plain http is allowed only for 127.0.0.1, ::1 and localhost)",
    ],
    ['http://128.0.0.1', 'uses http:// for 128.0.0.1'],
    ['http://10.0.0.5:8000', 'uses http:// for 10.0.0.5'],
    ['http://[::2]', 'uses http:// for [::2]'],
    ['http://localhost.example.com', 'uses http:// for localhost.example.com'],
    ['http://127.0.0.1.nip.io', 'uses http:// for 127.0.0.1.nip.io'],
    ['', "Input 'cloudron-url': is empty. Use the dashboard address, e.g. https://my.example.com"],
    ['my.example.com', 'is not an absolute URL'],
    ['localhost:3000', 'must start with https://'],
    ['ftp://my.example.com', 'must start with https://'],
    ['https://admin:hunter2@my.example.com', 'must not contain a user name or password'],
    ['https://my.example.com/#/apps', 'has a path, query or fragment after my.example.com'],
    ['https://my.example.com/api/v1', 'has a path, query or fragment'],
    ['https://my.example.com/?access_token=abc', 'has a path, query or fragment'],
  ])('refuses %j', (raw, message) => {
    let error: unknown;
    try {
      parseCloudronUrl(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('cloudron-url');
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('hunter2');
    expect((error as Error).message).not.toContain('abc');
  });

  test.each([
    ['127.0.0.1', true],
    ['127.0.0.256', false],
    ['localhost.', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['example.com', false],
  ])('isLoopbackHost(%s) is %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
