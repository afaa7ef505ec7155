// brms-tui / wrkctlgbrm: argument parsing and the wiring of concrete implementations.

import {parseArgs} from 'node:util';
import packageJson from '../../package.json' with {type: 'json'};
import {StoreConflictError} from '../store/control-group-store.js';
import {FileAccessError} from '../store/durable-file.js';
import {StoreLockedError, StoreLockUnusableError} from '../store/file-lock.js';
import {StoreFormatError} from '../store/store-document.js';
import {KeyTestApp} from '../ui/key-test.js';
import {KeyDecoder} from '../ui/keys/decoder.js';
import {keyMapLines} from '../ui/keys/key-map-text.js';
import {DEFAULT_KEY_TABLE, withOverrides} from '../ui/keys/key-table.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import {safeLines} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import {exportCommand, importCommand, listCommand, type Output, showCommand} from './data-commands.js';
import {appliedCommand, diffCommand} from './diff-command.js';
import {runFullScreen, terminalTheme} from './interactive.js';
import {KeyMapFileError, readKeyOverrides} from './key-map-file.js';
import {submitCommand} from './submit-command.js';
import {openSystem} from './system.js';
import {systemCommand} from './system-commands.js';
import {openWorkplace, Workplace} from './workplace.js';

const USAGE = `Usage: brms-tui [--system NAME]            Work with Backup Control Groups (WRKCTLGBRM)
       brms-tui list [--json]                 the control groups
       brms-tui show GROUP [--json]           one control group: entries, attributes, …
       brms-tui export [GROUP…] [--output F]  a brms-tui/1 document of the groups (all by default)
       brms-tui import FILE                   add or replace groups from such a document (- = stdin)
       brms-tui system add NAME --host H [--port 22] --user U [--key PATH] [--known-hosts PATH]
       brms-tui system list [--json] | system remove NAME
       brms-tui diff GROUP [--json]           what to key on the host to match the local group
       brms-tui applied GROUP                 the host now holds the local group
       brms-tui submit GROUP [--system NAME] [--sbmjob *YES|*NO|*CTLSBS] [--activity V] [--strseq 'N M']
              [--scdtime T] [--retention 'TYPE N'] [--append V] [--jobd LIB/NAME] [--jobq LIB/NAME]
              [--omits *PROCESS|*IGNORE] [--no-follow] [--json]
              [--accept-host-key SHA256:…]   run STRBKUBRM on the system
       brms-tui keys [--test]                 the key map, or the key-test panel
       brms-tui --help | --version

Options:
  --system NAME   the system to work with; "demo" (the built-in demo system) is the default
  --json          print JSON instead of a table
  -o, --output F  write the export to file F instead of standard output
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 done, 1 refused or failed on the host, 2 bad usage or invalid input.`;

export async function main(argv: string[], out: Output = defaultOutput()): Promise<number> {
	try {
		return await dispatch(argv, out);
	} catch (error) {
		const failure = explain(error);
		if (!failure) throw error;
		// Messages quote file names, host answers and imported values: no control character reaches the terminal.
		console.error(`brms-tui: ${safeLines(failure.message)}${failure instanceof CliError && failure.showUsage ? `\n\n${USAGE}` : ''}`);
		return failure.exitCode;
	}
}

function defaultOutput(): Output {
	return {stdout: process.stdout, print: text => console.log(text)};
}

/** Known failures become a message and an exit code; anything else is a bug and propagates. */
function explain(error: unknown): CliError | undefined {
	if (error instanceof CliError) return error;
	if (error instanceof KeyMapFileError) return new CliError(2, error.message);
	if (error instanceof StoreFormatError) {
		const what = error.kind === 'newer' ? 'was written by a newer brms-tui' : error.kind === 'foreign' ? 'is not a brms-tui store' : 'is damaged';
		return new CliError(1, `The store file ${error.path} ${what} (${error.message}). It was left as it is; move it away or repair it.`);
	}
	if (error instanceof StoreConflictError || error instanceof StoreLockedError || error instanceof StoreLockUnusableError || error instanceof FileAccessError)
		return new CliError(1, error.message);
	return undefined;
}

function parseCommandLine(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				system: {type: 'string'},
				json: {type: 'boolean'},
				output: {type: 'string', short: 'o'},
				host: {type: 'string'},
				port: {type: 'string'},
				user: {type: 'string'},
				key: {type: 'string'},
				'known-hosts': {type: 'string'},
				sbmjob: {type: 'string'},
				activity: {type: 'string'},
				strseq: {type: 'string'},
				scdtime: {type: 'string'},
				retention: {type: 'string'},
				append: {type: 'string'},
				omits: {type: 'string'},
				jobd: {type: 'string'},
				jobq: {type: 'string'},
				'no-follow': {type: 'boolean'},
				'accept-host-key': {type: 'string'},
				test: {type: 'boolean'},
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
			},
		});
	} catch (error) {
		throw new CliError(2, (error as Error).message, true);
	}
}

async function dispatch(argv: string[], out: Output): Promise<number> {
	const parsed = parseCommandLine(argv);
	const {values, positionals} = parsed;
	if (values.help) {
		out.print(USAGE);
		return 0;
	}
	if (values.version) {
		out.print(packageJson.version);
		return 0;
	}
	const [command, ...rest] = positionals;
	const expectArguments = (min: number, max: number) => {
		if (rest.length < min || rest.length > max) throw new CliError(2, `${command} takes ${min === max ? min : `${min} to ${max}`} argument(s).`, true);
	};
	switch (command) {
		case undefined:
			return workWithBackupControlGroups(values.system);
		case 'list':
			expectArguments(0, 0);
			listCommand(openSystem(values.system), Boolean(values.json), out);
			return 0;
		case 'show':
			expectArguments(1, 1);
			showCommand(openSystem(values.system), rest[0]!, Boolean(values.json), out);
			return 0;
		case 'export':
			expectArguments(0, Number.POSITIVE_INFINITY);
			exportCommand(openSystem(values.system), rest, values.output, out);
			return 0;
		case 'import':
			expectArguments(1, 1);
			importCommand(openSystem(values.system), rest[0]!, out);
			return 0;
		case 'system': {
			const [action, ...names] = rest;
			const options = {host: values.host, port: values.port, user: values.user, key: values.key, knownHosts: values['known-hosts'], json: values.json};
			return systemCommand(action, names, options, out);
		}
		case 'diff':
			expectArguments(1, 1);
			return diffCommand(openSystem(values.system), rest[0]!, Boolean(values.json), out);
		case 'applied':
			expectArguments(1, 1);
			return appliedCommand(openSystem(values.system), rest[0]!, out);
		case 'submit': {
			expectArguments(1, 1);
			const {sbmjob, activity, strseq, scdtime, retention, append, jobd, jobq, omits, json, system} = values;
			return submitCommand(
				rest[0]!,
				{
					system,
					sbmjob,
					activity,
					strseq,
					scdtime,
					retention,
					append,
					jobd,
					jobq,
					omits,
					json,
					acceptHostKey: values['accept-host-key'],
					noFollow: values['no-follow'],
				},
				out,
			);
		}
		case 'keys':
			expectArguments(0, 0);
			if (values.test) return keyTest(values.system);
			out.print(safeLines([...keyMapLines(keyTable()), `Your own key rows go in ${readKeyOverrides().path} (see README, "Keys").`].join('\n')));
			return 0;
		default:
			throw new CliError(2, `Unknown command: ${command}`, true);
	}
}

function keyTable() {
	return withOverrides(DEFAULT_KEY_TABLE, readKeyOverrides().bindings);
}

async function workWithBackupControlGroups(system: string | undefined): Promise<number> {
	// Opened before the full screen, so an unknown system or a damaged store is a message.
	const first = openWorkplace(system);
	await runFullScreen(<Workplace system={system} first={first} theme={terminalTheme()} decoder={new KeyDecoder(keyTable())} />);
	return 0;
}

async function keyTest(system: string | undefined): Promise<number> {
	const {host} = openSystem(system);
	await runFullScreen(<KeyTestApp systemName={host.systemName} size={SCREEN_24X80} theme={terminalTheme()} decoder={new KeyDecoder(keyTable())} />);
	return 0;
}
