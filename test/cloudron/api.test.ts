import { describe, expect, test } from 'vitest';
import {
  isAppBusy,
  isTaskDone,
  readApp,
  readAppList,
  readTask,
  readUpdateStarted,
  UnexpectedAnswer,
} from '../../src/cloudron/api.ts';
import { cleanServerText, formatDuration, redact, safeHostname } from '../../src/cloudron/text.ts';
import { progressLine } from '../../src/cloudron/wait.ts';

describe('reading answers', () => {
  test('an app as real servers send it: taskId null, health null', () => {
    const app = readApp({
      id: 'd342-ef54',
      fqdn: 'Auth.Example.com',
      installationState: 'installed',
      runState: 'running',
      health: null,
      taskId: null,
      manifest: {
        id: 'io.goauthentik.cloudronapp',
        version: '1.3.0',
        dockerImage: 'docker.io/x/y:1.3.0',
      },
    });
    expect(app).toEqual({
      id: 'd342-ef54',
      fqdn: 'auth.example.com',
      installationState: 'installed',
      runState: 'running',
      health: undefined,
      taskId: undefined,
      manifest: {
        id: 'io.goauthentik.cloudronapp',
        version: '1.3.0',
        dockerImage: 'docker.io/x/y:1.3.0',
      },
    });
    expect(isAppBusy(app)).toBe(false);
  });

  test.each([
    [{ taskId: '17', installationState: 'pending_update' }, true],
    [{ taskId: 17, installationState: 'installed' }, true],
    [{ installationState: 'pending_restart' }, true],
    [{ installationState: 'error' }, false],
    [{}, false],
  ])('busy: %j is %s', (fields, busy) => {
    expect(isAppBusy(readApp({ id: 'a', ...fields }))).toBe(busy);
  });

  test('untrusted values are dropped, not passed on', () => {
    const app = readApp({
      id: 'a',
      fqdn: 'evil.com\n::error::x',
      installationState: 'installed; rm -rf',
      manifest: { version: '1.0.0\u202e', dockerImage: 'x y' },
    });
    expect(app).toMatchObject({
      fqdn: undefined,
      installationState: 'unknown',
      manifest: { version: undefined, dockerImage: undefined },
    });
  });

  test('malformed answers are refused', () => {
    expect(() => readApp({ fqdn: 'x.com' })).toThrow(UnexpectedAnswer);
    expect(() => readAppList([])).toThrow('no `apps` list');
    expect(() => readTask({ id: '1' }, 't')).toThrow('a task without `active`');
    expect(() => readUpdateStarted({ taskId: 'abc' })).toThrow('no `taskId`');
    expect(readUpdateStarted({ taskId: 295 })).toBe('295');
  });

  test('a task: error as an object or a string, message cleaned and token cut out', () => {
    const failed = readTask(
      {
        id: '9',
        active: false,
        pending: false,
        percent: 100,
        success: false,
        error: { message: 'pull failed for SECRET\r\nretry' },
      },
      'SECRET',
    );
    expect(failed).toMatchObject({
      success: false,
      errorMessage: 'pull failed for *** retry',
      percent: 100,
    });
    expect(isTaskDone(failed)).toBe(true);
    expect(readTask({ id: 9, active: false, error: 'crashed' }, 't').errorMessage).toBe('crashed');
    // Queued tasks are not over even if a server reports them inactive.
    expect(isTaskDone(readTask({ id: '9', active: false, pending: true }, 't'))).toBe(false);
  });

  test('progress lines', () => {
    expect(
      progressLine(readTask({ id: '1', active: true, pending: true, message: 'Queued' }, 't')),
    ).toBe('queued Queued');
    expect(
      progressLine(readTask({ id: '1', active: true, percent: 40.4, message: 'Pulling' }, 't')),
    ).toBe('40% Pulling');
    expect(progressLine(readTask({ id: '1', active: true }, 't'))).toBeUndefined();
  });
});

describe('text', () => {
  test('cleanServerText keeps one short printable line', () => {
    expect(cleanServerText('a\n\tb\u0000c\u202ed')).toBe('a b c d');
    expect(cleanServerText('x'.repeat(300))).toHaveLength(200);
    expect(cleanServerText(' \n ')).toBeUndefined();
    expect(cleanServerText(5)).toBeUndefined();
  });

  test('redact, safeHostname, formatDuration', () => {
    expect(redact('a tok b tok', 'tok')).toBe('a *** b ***');
    expect(redact('abc', '')).toBe('abc');
    expect(safeHostname('a-b.example.com')).toBe('a-b.example.com');
    expect(safeHostname('-a.com')).toBeUndefined();
    expect([250, 20_000, 30 * 60_000, 90 * 60_000, 3 * 3_600_000].map(formatDuration)).toEqual([
      '250ms',
      '20s',
      '30m',
      '90m',
      '3h',
    ]);
  });
});
