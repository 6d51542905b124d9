#!/usr/bin/env node
/**
 * Entry point of `dist/index.js`, both the action (run by the runner with no arguments and
 * GITHUB_ACTIONS=true) and the `cloudron-release` CLI. Each front end is loaded only when used.
 */
if (process.argv.length > 2 || process.env.GITHUB_ACTIONS !== 'true') {
  const { runCli } = await import('./cli/cli.ts');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const { runAction } = await import('./action.ts');
  await runAction();
}
