/**
 * A stand-in `docker` CLI for the buildx path (no Docker engine runs on the test machines).
 * It records every call (argv, and stdin when `--password-stdin` asks for it) as one JSON line
 * in $FAKE_DOCKER_LOG, and answers as docker would: `login` checks the password against
 * $FAKE_DOCKER_PASSWORD, `buildx build` writes the `--metadata-file` docker writes, with a
 * digest derived from its arguments. $FAKE_DOCKER_FAIL makes one step fail: `login`, `build`,
 * `push` (a `buildx build --push`), or `no-digest` (metadata without a digest).
 * Started by the wrapper that `index.ts` writes; Node runs this file with its types stripped.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const logFile = process.env.FAKE_DOCKER_LOG ?? '';
const failure = process.env.FAKE_DOCKER_FAIL ?? '';
const passwordFile = `${logFile}.password`;

function valueOf(flag: string): string | undefined {
  const index = argv.indexOf(flag);
  return index === -1 ? undefined : argv[index + 1];
}

function record(entry: Record<string, unknown>): void {
  appendFileSync(logFile, `${JSON.stringify(entry)}\n`);
}

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

// docker reads stdin only for --password-stdin; other commands leave it open and unread.
const stdin = argv.includes('--password-stdin') ? readFileSync(0, 'utf8') : undefined;
record(stdin === undefined ? { argv } : { argv, stdin });

const [command, subcommand] = argv;
if (command === 'login') {
  const expected = process.env.FAKE_DOCKER_PASSWORD;
  if (failure === 'login' || (expected !== undefined && stdin !== expected)) {
    fail(['Error response from daemon: Get "https://registry/v2/": unauthorized: bad credentials']);
  }
  writeFileSync(passwordFile, stdin ?? '');
  process.stdout.write('Login Succeeded\n');
} else if (command === 'logout') {
  process.stdout.write('Removing login credentials\n');
} else if (command === 'buildx' && subcommand === 'build') {
  let password = '';
  try {
    password = readFileSync(passwordFile, 'utf8');
  } catch {
    // not logged in
  }
  if (failure === 'build') {
    // 30 lines, so a test sees that only the last ones reach the error; one carries the
    // password, as a careless tool might print it.
    const lines = Array.from({ length: 29 }, (_, i) => `#${i + 1} step ${i + 1} of the build`);
    fail([...lines, `ERROR: failed to solve: process did not complete (auth ${password})`]);
  }
  if (failure === 'push') {
    fail([
      '#12 exporting to image',
      `#12 pushing layers with ${password}`,
      'ERROR: failed to push: dial tcp 127.0.0.1:1: connect: connection refused',
    ]);
  }
  process.stderr.write('#1 [internal] load build definition from Dockerfile\n#2 DONE 0.1s\n');
  const digest = `sha256:${createHash('sha256').update(JSON.stringify(argv)).digest('hex')}`;
  const metadata: Record<string, string> = { 'buildx.build.ref': 'fake/fake0/abc' };
  if (failure !== 'no-digest') metadata['containerimage.digest'] = digest;
  const file = valueOf('--metadata-file');
  if (file !== undefined) writeFileSync(file, JSON.stringify(metadata, null, 2));
  if (failure !== 'no-digest') record({ metadataDigest: digest });
} else {
  fail([`fake docker: unknown command ${argv.join(' ')}`]);
}
