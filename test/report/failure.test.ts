import { describe, expect, test } from 'vitest';
import { CloudronUpdateError } from '../../src/cloudron/deploy.ts';
import { InputError } from '../../src/errors.ts';
import { describeFailure } from '../../src/report/failure.ts';

describe('describeFailure', () => {
  test('a user error is its own one line', () => {
    const failure = describeFailure(new InputError('mode', "'x' is not a mode", 'Use check.'));
    expect(failure.message).toBe("Input 'mode': 'x' is not a mode. Use check.");
    expect(failure.outputs).toEqual({});
  });

  test('anything else is a bug, said so in one line', () => {
    const failure = describeFailure(new TypeError('x is undefined\n  at somewhere'));
    expect(failure.message).toMatch(
      /^Unexpected error: x is undefined \(a bug in cloudron-release;/,
    );
    expect(failure.message).not.toContain('\n');
  });

  test('a failed Cloudron update still reports what happened to each app', () => {
    const results = [
      {
        app: 'auth.example.com',
        id: 'a',
        fqdn: 'auth.example.com',
        from: '1.3.2',
        to: '1.3.3',
        taskId: '7',
        status: 'failed' as const,
        seconds: 12,
      },
      {
        app: 'b',
        id: 'b',
        fqdn: 'b.example.com',
        from: '1.3.2',
        to: '1.3.3',
        taskId: null,
        status: 'skipped' as const,
        seconds: 0,
      },
    ];
    const failure = describeFailure(
      new CloudronUpdateError('the canary failed', results, undefined, undefined),
    );
    expect(failure.message).toBe('the canary failed');
    expect(JSON.parse(failure.outputs['cloudron-results']!)).toEqual(results);
  });
});
