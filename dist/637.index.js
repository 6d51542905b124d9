export const id = 637;
export const ids = [637];
export const modules = {

/***/ 8637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/main.ts + 1 modules
var main = __webpack_require__(4715);
// EXTERNAL MODULE: ./src/report/failure.ts
var report_failure = __webpack_require__(3304);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/cli/arguments.ts
/**
 * The CLI's command line: `cloudron-release <mode> [--<input> <value> …] [--json]`, the same
 * inputs as `action.yml`. Hand-written over `node:util` parseArgs because inputs that default to
 * true/false take a bare flag (`--dry-run`) as well as a value (`--push false`).
 */



/** Secrets come from the environment only, so they never sit in shell history or `ps`. */
const SECRET_ENV = {
    token: 'GITHUB_TOKEN',
    'registry-password': 'REGISTRY_PASSWORD',
    'cloudron-token': 'CLOUDRON_TOKEN',
};
function isInput(name) {
    return Object.hasOwn(inputs/* INPUT_DEFAULTS */.WJ, name);
}
function parseCliArguments(argv, env) {
    const values = new Map();
    let json = false;
    let help = false;
    const rest = [...argv];
    const mode = rest[0] !== undefined && !rest[0].startsWith('-') ? rest.shift() : undefined;
    if (mode !== undefined)
        values.set('mode', mode);
    while (rest.length > 0) {
        const arg = rest.shift();
        if (arg === '--json')
            json = true;
        else if (arg === '--help' || arg === '-h')
            help = true;
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
            if (!isInput(name) || name === 'mode') {
                throw new errors/* InputError */.dz(name, 'is not an input of cloudron-release', 'Run cloudron-release --help for the list.');
            }
            if (inputs/* SECRET_INPUTS */.pH.includes(name)) {
                throw new errors/* InputError */.dz(name, 'secrets are not taken on the command line', `Set the ${SECRET_ENV[name]} environment variable instead.`);
            }
            const isBoolean = inputs/* INPUT_DEFAULTS */.WJ[name] === 'true' || inputs/* INPUT_DEFAULTS */.WJ[name] === 'false';
            let value = eq === -1 ? undefined : arg.slice(eq + 1);
            if (value === undefined) {
                const next = rest[0];
                if (isBoolean &&
                    (next === undefined || next.startsWith('--') || !/^(true|false)$/i.test(next)))
                    value = 'true';
                else if (next === undefined)
                    throw new errors/* InputError */.dz(name, 'needs a value', `Write --${name} <value>.`);
                else
                    value = rest.shift();
            }
            values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
        }
        else {
            throw new errors/* InputError */.dz('mode', `unexpected argument '${arg}'`, `Write the mode first: one of ${settings/* MODES */.F.join(', ')}.`);
        }
    }
    for (const [name, variable] of Object.entries(SECRET_ENV)) {
        const value = env[variable];
        if (value)
            values.set(name, value);
    }
    return { source: (name) => values.get(name) ?? '', json, help };
}
function usage() {
    const flags = Object.keys(inputs/* INPUT_DEFAULTS */.WJ)
        .filter((name) => name !== 'mode' && !inputs/* SECRET_INPUTS */.pH.includes(name))
        .map((name) => `  --${name}${inputs/* INPUT_DEFAULTS */.WJ[name] ? `  (default: ${JSON.stringify(inputs/* INPUT_DEFAULTS */.WJ[name])})` : ''}`);
    return [
        'Usage: cloudron-release <mode> [--<input> <value> ...] [--json]',
        '',
        `Modes: ${settings/* MODES */.F.join(', ')} (default: check)`,
        'Secrets come from the environment: GITHUB_TOKEN, REGISTRY_PASSWORD, CLOUDRON_TOKEN.',
        '',
        'Inputs (the same as the action; repeat a flag for list inputs):',
        ...flags,
        '  --json  print the outputs as JSON',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/cli.ts
/** The CLI front end: flags in, the plan and summary for a terminal (or JSON) out. */






const stderrLogger = {
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m) => process.stderr.write(`warning: ${m}\n`),
    debug: (m) => {
        if (process.env.RUNNER_DEBUG === '1')
            process.stderr.write(`debug: ${m}\n`);
    },
};
async function runCli(argv) {
    try {
        const args = parseCliArguments(argv, process.env);
        if (args.help) {
            console.log(usage());
            return 0;
        }
        // The CLI masks nothing: secrets are only read from the environment and never printed.
        const settings = (0,inputs/* readSettings */.sb)(args.source, process.env, () => { }, process.cwd());
        const report = await (0,main/* run */.e)(settings, { logger: stderrLogger, tempDir: (0,external_node_os_.tmpdir)() });
        if (args.json) {
            console.log(JSON.stringify((0,report_report/* toOutputs */.Iu)(report), null, 2));
        }
        else {
            const rows = (0,report_report/* summaryRows */.QW)(report);
            const width = Math.max(...rows.map(([label]) => label.length));
            console.log((0,report_report/* summaryTitle */.hZ)(report));
            for (const [label, value] of rows)
                console.log(`  ${label.padEnd(width)}  ${value}`);
            for (const action of report.plan.actions)
                console.log(`  - ${action}`);
        }
        return 0;
    }
    catch (error) {
        const failure = (0,report_failure/* describeFailure */.I)(error);
        if (failure.stack)
            stderrLogger.debug(failure.stack);
        console.error(`error: ${failure.message}`);
        return 1;
    }
}


/***/ })

};
