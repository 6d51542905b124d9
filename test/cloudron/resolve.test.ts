import { describe, expect, test } from 'vitest';
import type { CloudronApp } from '../../src/cloudron/api.ts';
import { resolveApps } from '../../src/cloudron/resolve.ts';
import { InputError } from '../../src/errors.ts';

function app(id: string, fqdn: string | undefined): CloudronApp {
  return {
    id,
    fqdn,
    installationState: 'installed',
    runState: 'running',
    health: 'healthy',
    taskId: undefined,
    manifest: { id: 'io.example', version: '1.0.0', dockerImage: undefined },
  };
}

const APPS = [
  app('3d2f-auth', 'auth.example.com'),
  app('9a1c-wiki', 'wiki.example.org'),
  app('0000-odd', undefined),
];

function refusal(names: string[], apps = APPS): string {
  try {
    resolveApps(names, apps, 'my.example.com');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('resolveApps', () => {
  test.each([
    ['3d2f-auth', '3d2f-auth'],
    ['auth.example.com', '3d2f-auth'],
    ['  Wiki.Example.org. ', '9a1c-wiki'],
    ['https://wiki.example.org/', '9a1c-wiki'],
    ['0000-odd', '0000-odd'],
  ])('%j is app %s', (name, id) => {
    expect(resolveApps([name], APPS, 'my.example.com')[0]!.app.id).toBe(id);
  });

  test('keeps the order given', () => {
    expect(resolveApps(['wiki.example.org', '3d2f-auth'], APPS, 'h').map((r) => r.app.id)).toEqual([
      '9a1c-wiki',
      '3d2f-auth',
    ]);
  });

  test('an unknown app lists the fqdns there are', () => {
    expect(refusal(['auth.example.com', 'chat.example.com'])).toBe(
      "Input 'cloudron-apps': no app 'chat.example.com' on my.example.com; its apps are auth.example.com, wiki.example.org. Name each app by its id or its domain",
    );
  });

  test('a long list of fqdns is cut', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      app(`id-${i}`, `app${String(i).padStart(2, '0')}.example.com`),
    );
    expect(refusal(['nope'], many)).toContain('app19.example.com and 5 more.');
  });

  test('a Cloudron without apps says so', () => {
    expect(refusal(['auth.example.com'], [])).toContain('it has no apps this token can see');
  });

  test('the same app twice, and an empty list, are refused', () => {
    expect(refusal(['3d2f-auth', 'auth.example.com'])).toBe(
      "Input 'cloudron-apps': 'auth.example.com' and '3d2f-auth' are the same app. List each app once",
    );
    expect(refusal([])).toContain('is empty while cloudron-url is set');
  });

  test('a name with control characters is shown on one line', () => {
    expect(refusal(['evil\n::error::x'])).toContain("no app 'evil ::error::x'");
  });
});
