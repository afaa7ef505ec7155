// brms-tui / wrkctlgbrm: argument parsing and the wiring of concrete implementations.

import {parseArgs} from 'node:util';
import packageJson from '../../package.json' with {type: 'json'};
import {createDemoSystem, DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import {noOptionPanels} from '../panels/option-panels.js';
import {workWithControlGroups} from '../panels/work-with-control-groups/panel.js';
import {ControlGroupStore} from '../store/control-group-store.js';
import {KeyTestApp} from '../ui/key-test.js';
import {keyMapLines} from '../ui/keys/key-map-text.js';
import {KeyDecoder} from '../ui/keys/decoder.js';
import {DEFAULT_KEY_TABLE, withOverrides} from '../ui/keys/key-table.js';
import {KeyMapFileError, readKeyOverrides} from './key-map-file.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import {TerminalApp} from '../ui/terminal-app.js';
import {runFullScreen, terminalTheme} from './interactive.js';

const USAGE = `Usage: brms-tui [--system NAME]          Work with Backup Control Groups (WRKCTLGBRM)
       brms-tui keys [--test]               print the key map, or open the key-test panel
       brms-tui --help | --version

Options:
  --system NAME   the system to work with; "demo" (the built-in demo system) is the default
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 done, 1 refused or failed on the host, 2 bad usage or invalid input.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				system: {type: 'string'},
				test: {type: 'boolean'},
				help: {type: 'boolean', short: 'h'},
				version: {type: 'boolean', short: 'v'},
			},
		});
	} catch (error) {
		return usageError((error as Error).message);
	}
	const {values, positionals} = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (values.version) {
		console.log(packageJson.version);
		return 0;
	}
	const [command, ...rest] = positionals;
	try {
		switch (command) {
			case undefined:
				return await workWithBackupControlGroups(values.system);
			case 'keys':
				if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest.join(' ')}`);
				if (values.test) return await keyTest(values.system);
				return printKeyMap();
			default:
				throw new UsageError(`Unknown command: ${command}`);
		}
	} catch (error) {
		if (error instanceof UsageError || error instanceof KeyMapFileError) return usageError(error.message);
		throw error;
	}
}

function keyTable() {
	return withOverrides(DEFAULT_KEY_TABLE, readKeyOverrides().bindings);
}

function printKeyMap(): number {
	const {path} = readKeyOverrides();
	console.log([...keyMapLines(keyTable()), `Your own key rows go in ${path} (see README, "Keys").`].join('\n'));
	return 0;
}

function usageError(text: string): number {
	console.error(`brms-tui: ${text}\n\n${USAGE}`);
	return 2;
}

function selectHost(system: string | undefined) {
	const id = system ?? DEMO_SYSTEM_ID;
	if (id.toLowerCase() !== DEMO_SYSTEM_ID) throw new UsageError(`System ${id} is not defined. Only "demo" exists so far.`);
	return {id: DEMO_SYSTEM_ID, host: createDemoSystem()};
}

async function workWithBackupControlGroups(system: string | undefined): Promise<number> {
	const {id, host} = selectHost(system);
	const store = new ControlGroupStore({systemId: id, seed: () => host.initialControlGroups()});
	const initial = workWithControlGroups({
		systemName: host.systemName,
		loadGroups: () => store.list(),
		openOption: noOptionPanels,
	});
	await runFullScreen(
		<TerminalApp initial={initial} size={SCREEN_24X80} theme={terminalTheme()} decoder={new KeyDecoder(keyTable())} />,
	);
	return 0;
}

async function keyTest(system: string | undefined): Promise<number> {
	const {host} = selectHost(system);
	await runFullScreen(
		<KeyTestApp systemName={host.systemName} size={SCREEN_24X80} theme={terminalTheme()} decoder={new KeyDecoder(keyTable())} />,
	);
	return 0;
}
