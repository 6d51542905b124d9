/**
 * The CLI's command line: `cloudron-release <mode> [--<input> <value> …] [--json]`, the same
 * inputs as `action.yml`. Hand-written over `node:util` parseArgs because inputs that default to
 * true/false take a bare flag (`--dry-run`) as well as a value (`--push false`).
 */
import { InputError } from '../errors.ts';
import { INPUT_DEFAULTS, SECRET_INPUTS, type InputName, type InputSource } from '../inputs.ts';
import { MODES } from '../settings.ts';

export interface CliArguments {
  source: InputSource;
  json: boolean;
  help: boolean;
}

/** Secrets come from the environment only, so they never sit in shell history or `ps`. */
const SECRET_ENV: Record<string, string> = {
  token: 'GITHUB_TOKEN',
  'registry-password': 'REGISTRY_PASSWORD',
  'cloudron-token': 'CLOUDRON_TOKEN',
};

function isInput(name: string): name is InputName {
  return Object.hasOwn(INPUT_DEFAULTS, name);
}

export function parseCliArguments(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): CliArguments {
  const values = new Map<string, string>();
  let json = false;
  let help = false;
  const rest = [...argv];
  const mode = rest[0] !== undefined && !rest[0].startsWith('-') ? rest.shift()! : undefined;
  if (mode !== undefined) values.set('mode', mode);

  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (!isInput(name) || name === 'mode') {
        throw new InputError(
          name,
          'is not an input of cloudron-release',
          'Run cloudron-release --help for the list.',
        );
      }
      if (SECRET_INPUTS.includes(name)) {
        throw new InputError(
          name,
          'secrets are not taken on the command line',
          `Set the ${SECRET_ENV[name]} environment variable instead.`,
        );
      }
      const isBoolean = INPUT_DEFAULTS[name] === 'true' || INPUT_DEFAULTS[name] === 'false';
      let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
      if (value === undefined) {
        const next = rest[0];
        if (
          isBoolean &&
          (next === undefined || next.startsWith('--') || !/^(true|false)$/i.test(next))
        )
          value = 'true';
        else if (next === undefined)
          throw new InputError(name, 'needs a value', `Write --${name} <value>.`);
        else value = rest.shift()!;
      }
      values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
    } else {
      throw new InputError(
        'mode',
        `unexpected argument '${arg}'`,
        `Write the mode first: one of ${MODES.join(', ')}.`,
      );
    }
  }
  for (const [name, variable] of Object.entries(SECRET_ENV)) {
    const value = env[variable];
    if (value) values.set(name, value);
  }
  return { source: (name) => values.get(name) ?? '', json, help };
}

export function usage(): string {
  const flags = (Object.keys(INPUT_DEFAULTS) as InputName[])
    .filter((name) => name !== 'mode' && !SECRET_INPUTS.includes(name))
    .map(
      (name) =>
        `  --${name}${INPUT_DEFAULTS[name] ? `  (default: ${JSON.stringify(INPUT_DEFAULTS[name])})` : ''}`,
    );
  return [
    'Usage: cloudron-release <mode> [--<input> <value> ...] [--json]',
    '',
    `Modes: ${MODES.join(', ')} (default: check)`,
    'Secrets come from the environment: GITHUB_TOKEN, REGISTRY_PASSWORD, CLOUDRON_TOKEN.',
    '',
    'Inputs (the same as the action; repeat a flag for list inputs):',
    ...flags,
    '  --json  print the outputs as JSON',
  ].join('\n');
}
