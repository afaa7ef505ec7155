// brms-tui / wrkctlgbrm: argument parsing and the wiring of concrete implementations. What
// runs full screen (Ink, React, yoga) is in full-screen-commands.tsx, loaded only when used.

import packageJson from '../../package.json' with {type: 'json'};
import {DemoLogDamaged} from '../host/demo/demo-log.js';
import {StoreConflictError} from '../store/control-group-store.js';
import {FileAccessError} from '../store/durable-file.js';
import {StoreLockedError, StoreLockUnusableError} from '../store/file-lock.js';
import {LessonProgressStore} from '../store/lesson-progress.js';
import {StoreFormatError} from '../store/store-document.js';
import {KeyDecoder} from '../ui/keys/decoder.js';
import {keyMapLines} from '../ui/keys/key-map-text.js';
import {DEFAULT_KEY_TABLE, withOverrides} from '../ui/keys/key-table.js';
import {safeLines} from '../ui/screen/safe-text.js';
import {type CommandSpec, commandHelp, commandName, type OptionSpec, parseCommandLine, programHelp} from './arguments.js';
import {CliError} from './cli-error.js';
import {exportCommand, importCommand, listCommand, type Output, showCommand} from './data-commands.js';
import {appliedCommand, diffCommand} from './diff-command.js';
import {abandonEarlyStart} from './early-start.js';
import {loadWithInk} from './ink-loading.js';
import {KeyMapFileError, readKeyOverrides} from './key-map-file.js';
import {learnReport, lessonsFolder, loadLessons, reportRows, traineeName} from './learn-command.js';
import {loadBorderedTables} from './output.js';
import {scheduleCommand} from './schedule-command.js';
import {statusCommand} from './status-command.js';
import {submitCommand} from './submit-command.js';
import {openSystem} from './system.js';
import {systemCommand} from './system-commands.js';
import {hasTerminal} from './terminal.js';

/** Options most commands take. */
const SYSTEM: OptionSpec = {type: 'string', value: 'NAME', help: 'the system to work with (default: demo)'};
const JSON_OUTPUT: OptionSpec = {type: 'boolean', help: 'print JSON instead of a table'};
/** Words a second value of an element list may be (`--strseq 30 40`, `--retention *DAYS 35`). */
const NUMBER = /^\d+$/;

type Run = number | Promise<number>;

/**
 * Every command, as data: its words, arguments, options and what it runs. Adding a command is
 * one entry; its --help, its usage line and its refusals follow from it.
 */
function commands(out: Output): Array<CommandSpec<Run>> {
	const group = (args: string[]) => args[0]!;
	return [
		{
			words: [],
			args: '',
			count: {min: 0, max: 0},
			summary: 'WRKCTLGBRM, full screen (on a terminal)',
			options: {system: SYSTEM},
			run: (_args, options) =>
				fullScreen(({workWithBackupControlGroups}) => workWithBackupControlGroups(options['system'] as string | undefined, keyDecoder(), describe)),
		},
		{
			words: ['list'],
			tables: true,
			args: '',
			count: {min: 0, max: 0},
			summary: 'the control groups',
			options: {system: SYSTEM, json: JSON_OUTPUT},
			run: (_args, options) => {
				listCommand(openSystem(options['system'] as string | undefined), Boolean(options['json']), out);
				return 0;
			},
		},
		{
			words: ['show'],
			args: 'GROUP',
			count: {min: 1, max: 1},
			summary: 'one control group, every column and attribute',
			options: {system: SYSTEM, json: JSON_OUTPUT},
			run: (args, options) => {
				showCommand(openSystem(options['system'] as string | undefined), group(args), Boolean(options['json']), out);
				return 0;
			},
		},
		{
			words: ['export'],
			args: '[GROUP…]',
			count: {min: 0, max: Number.POSITIVE_INFINITY},
			summary: 'a brms-tui/1 document of groups (default: all)',
			options: {system: SYSTEM, output: {type: 'string', short: 'o', value: 'FILE', help: 'write it to FILE instead of standard output'}},
			run: (args, options) => {
				exportCommand(openSystem(options['system'] as string | undefined), args, options['output'] as string | undefined, out);
				return 0;
			},
		},
		{
			words: ['import'],
			args: 'FILE',
			count: {min: 1, max: 1},
			summary: 'add or replace groups from one (- = stdin)',
			options: {system: SYSTEM},
			run: (args, options) => {
				// The store is read once, under the lock of the save (ControlGroupStore's readOnOpen).
				importCommand(openSystem(options['system'] as string | undefined, process.env, undefined, {readStoreOnOpen: false}), args[0]!, out);
				return 0;
			},
		},
		{
			words: ['diff'],
			args: 'GROUP',
			count: {min: 1, max: 1},
			summary: 'the change sheet: what to key on the host',
			options: {system: SYSTEM, json: JSON_OUTPUT},
			run: (args, options) => diffCommand(openSystem(options['system'] as string | undefined), group(args), Boolean(options['json']), out),
		},
		{
			words: ['applied'],
			args: 'GROUP',
			count: {min: 1, max: 1},
			summary: 'record that the host now holds the local group',
			options: {system: SYSTEM},
			run: (args, options) => appliedCommand(openSystem(options['system'] as string | undefined), group(args), out),
		},
		{
			words: ['submit'],
			args: 'GROUP…',
			count: {min: 1, max: Number.POSITIVE_INFINITY},
			summary: 'run STRBKUBRM on the system, follow the jobs',
			options: {
				system: SYSTEM,
				sbmjob: {type: 'string', value: '*YES|*NO|*CTLSBS', help: 'SBMJOB: submit the run as a batch job (default *YES)'},
				activity: {type: 'string', value: 'V', help: 'ACTIVITY: *CTLGRPATR, *FULL or *INCR'},
				strseq: {type: 'string', value: 'N', second: {value: 'M', pattern: /^(\d+|\*LAST)$/i}, help: 'STRSEQ: the entries from sequence N (to M, or *LAST)'},
				scdtime: {type: 'string', value: 'T', help: 'SCDTIME: hhmmss or *IMMED'},
				retention: {
					type: 'string',
					value: 'TYPE',
					second: {value: 'N', pattern: NUMBER},
					help: 'RETENTION: *CTLGRPATR, *PERM, or *DAYS / *VERSION and a number',
				},
				append: {type: 'string', value: 'V', help: 'APPEND: *CTLGRPATR, *YES or *NO'},
				omits: {type: 'string', value: '*PROCESS|*IGNORE', help: 'OMITS: process the object omits or not'},
				jobd: {type: 'string', value: 'LIB/NAME', help: 'JOBD: the job description (default *USRPRF)'},
				jobq: {type: 'string', value: 'LIB/NAME', help: 'JOBQ: the job queue (default *JOBD)'},
				'no-follow': {type: 'boolean', help: 'do not follow a submitted job'},
				json: {type: 'boolean', help: "print the command, the messages and the job's end as JSON"},
				'accept-host-key': {type: 'string', value: 'SHA256:…', help: 'accept an unknown host key with this fingerprint (scripts)'},
			},
			run: (args, options) =>
				submitCommand(
					args,
					{
						system: options['system'] as string | undefined,
						sbmjob: options['sbmjob'] as string | undefined,
						activity: options['activity'] as string | undefined,
						strseq: options['strseq'] as string | undefined,
						scdtime: options['scdtime'] as string | undefined,
						retention: options['retention'] as string | undefined,
						append: options['append'] as string | undefined,
						omits: options['omits'] as string | undefined,
						jobd: options['jobd'] as string | undefined,
						jobq: options['jobq'] as string | undefined,
						json: Boolean(options['json']),
						acceptHostKey: options['accept-host-key'] as string | undefined,
						noFollow: Boolean(options['no-follow']),
					},
					out,
				),
		},
		{
			words: ['schedule'],
			args: 'GROUP',
			count: {min: 1, max: 1},
			summary: "add option 6's job schedule entry (ADDJOBSCDE)",
			options: {
				system: SYSTEM,
				frequency: {type: 'string', value: '*WEEKLY|*ONCE|*MONTHLY', help: 'FRQ: how often it runs (default *WEEKLY)'},
				time: {type: 'string', value: 'HHMM', help: 'SCDTIME: the time it runs (default 2200)'},
				days: {type: 'string', value: 'DAYS', help: "SCDDAY: *ALL, *NONE or days as one word ('*MON *FRI' or *MON,*FRI; default *ALL)"},
				date: {
					type: 'string',
					value: 'DATE',
					help: 'SCDDATE: MMDDYY, *CURRENT, *MONTHSTR or *MONTHEND (default *NONE; a date alone sets the days to *NONE)',
				},
				job: {type: 'string', value: 'NAME', help: "JOB: the entry's job name (default: the group's name)"},
				json: {type: 'boolean', help: "print the command and the host's messages as JSON"},
				'accept-host-key': {type: 'string', value: 'SHA256:…', help: 'accept an unknown host key with this fingerprint (scripts)'},
			},
			run: (args, options) =>
				scheduleCommand(
					group(args),
					{
						system: options['system'] as string | undefined,
						frequency: options['frequency'] as string | undefined,
						time: options['time'] as string | undefined,
						days: options['days'] as string | undefined,
						date: options['date'] as string | undefined,
						job: options['job'] as string | undefined,
						json: Boolean(options['json']),
						acceptHostKey: options['accept-host-key'] as string | undefined,
					},
					out,
				),
		},
		{
			words: ['status'],
			tables: true,
			args: '[GROUP…]',
			count: {min: 0, max: Number.POSITIVE_INFINITY},
			summary: "each control group's last run and BRMS's verdict",
			options: {
				system: SYSTEM,
				all: {type: 'boolean', help: 'ask every system added, all at the same time, in one table'},
				since: {type: 'string', value: 'DURATION', help: 'only runs started in the last DURATION (24h, 7d, 90m)'},
				timeout: {type: 'string', value: 'S', help: "each system's time limit in seconds, sign-on and query (default 30)"},
				json: {type: 'boolean', help: 'print [{system, group, lastRun: {start, end, verdict, job, errors}}]'},
			},
			run: (args, options) =>
				statusCommand(
					args,
					{
						system: options['system'] as string | undefined,
						all: Boolean(options['all']),
						since: options['since'] as string | undefined,
						timeout: options['timeout'] as string | undefined,
						json: Boolean(options['json']),
					},
					out,
				),
		},
		{
			words: ['system', 'add'],
			args: 'NAME',
			count: {min: 1, max: 1},
			summary: 'add a host profile for an IBM i',
			options: {
				host: {type: 'string', value: 'H', help: 'host name or address'},
				port: {type: 'string', value: 'N', help: 'SSH port (default 22)'},
				user: {type: 'string', value: 'U', help: 'IBM i user profile'},
				key: {type: 'string', value: 'PATH', help: 'private key (default: the ssh-agent, then a password asked for)'},
				'known-hosts': {type: 'string', value: 'PATH', help: 'a known_hosts file to check the host key against too'},
			},
			run: (args, options) =>
				systemCommand(
					'add',
					args,
					{
						host: options['host'] as string | undefined,
						port: options['port'] as string | undefined,
						user: options['user'] as string | undefined,
						key: options['key'] as string | undefined,
						knownHosts: options['known-hosts'] as string | undefined,
					},
					out,
				),
		},
		{
			words: ['system', 'list'],
			tables: true,
			args: '',
			count: {min: 0, max: 0},
			summary: 'the systems added',
			options: {json: JSON_OUTPUT},
			run: (args, options) => systemCommand('list', args, {json: Boolean(options['json'])}, out),
		},
		{
			words: ['system', 'remove'],
			args: 'NAME',
			count: {min: 1, max: 1},
			summary: 'remove a host profile (its groups stay)',
			options: {},
			run: args => systemCommand('remove', args, {}, out),
		},
		{
			words: ['learn'],
			tables: true,
			args: '',
			count: {min: 0, max: 0},
			summary: 'lessons for new staff; --report: their progress',
			options: {
				trainee: {type: 'string', value: 'NAME', help: 'whose progress (default: the login name; for --report: every trainee)'},
				lessons: {type: 'string', value: 'DIR', help: "a folder of the trainer's lesson files (default: lessons beside the store)"},
				report: {type: 'boolean', help: "print each trainee's status, time, hints and failed checks per lesson"},
				json: {type: 'boolean', help: 'the report as JSON'},
			},
			run: (_args, options) => learn(options, out),
		},
		{
			words: ['keys'],
			args: '',
			count: {min: 0, max: 0},
			summary: 'the key map; --test: what the terminal sends',
			options: {test: {type: 'boolean', help: 'open the key-test panel'}, system: SYSTEM},
			run: (_args, options) => {
				if (options['test']) return fullScreen(({keyTest}) => keyTest(options['system'] as string | undefined, keyDecoder(), describe));
				out.print(safeLines([...keyMapLines(keyTable()), `Your own key rows go in ${readKeyOverrides().path} (see README, "Keys").`].join('\n')));
				return 0;
			},
		},
	];
}

export async function main(argv: string[], out: Output = defaultOutput()): Promise<number> {
	const table = commands(out);
	let current: CommandSpec<Run> | undefined;
	try {
		const parsed = parseCommandLine(table, argv);
		if ('version' in parsed) {
			out.print(packageJson.version);
			return 0;
		}
		current = parsed.command;
		if (parsed.help) {
			out.print(parsed.command.words.length === 0 ? programHelp(table) : commandHelp(parsed.command));
			return 0;
		}
		if (parsed.command.tables && out.stdout.isTTY) await loadBorderedTables();
		return await parsed.command.run(parsed.args, parsed.options);
	} catch (error) {
		// A frame painted before Ink and never taken over: the terminal back before any message.
		abandonEarlyStart();
		const failure = explain(error);
		if (!failure) throw error;
		// One line; a usage mistake found by a command itself says where its usage is. Messages quote
		// file names, host answers and imported values: no control character reaches the terminal.
		const see = failure.showUsage && current ? `; see ${commandName(current)} --help` : '';
		console.error(`brms-tui: ${safeLines(see ? failure.message.replace(/\.$/, '') : failure.message)}${see}`);
		return failure.exitCode;
	}
}

function defaultOutput(): Output {
	return {stdout: process.stdout, print: text => console.log(text)};
}

/** An error in one line, as the operator reads it. */
function describe(error: unknown): string {
	return explain(error)?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Known failures become a message and an exit code; anything else is a bug and propagates. */
function explain(error: unknown): CliError | undefined {
	if (error instanceof CliError) return error;
	if (error instanceof KeyMapFileError) return new CliError(2, error.message);
	if (error instanceof DemoLogDamaged) return new CliError(1, error.message);
	if (error instanceof StoreFormatError) {
		const what = error.kind === 'newer' ? 'was written by a newer brms-tui' : error.kind === 'foreign' ? 'is not a brms-tui store' : 'is damaged';
		return new CliError(1, `The store file ${error.path} ${what} (${error.message}). It was left as it is; move it away or repair it.`);
	}
	if (error instanceof StoreConflictError || error instanceof StoreLockedError || error instanceof StoreLockUnusableError || error instanceof FileAccessError)
		return new CliError(1, error.message);
	return undefined;
}

/**
 * A full-screen command: refused without a terminal, and its keys read (a damaged keys.json
 * fails here, before a frame painted before Ink is taken over: main() then leaves that full
 * screen before it says what is wrong) before Ink is loaded for it.
 */
async function fullScreen(run: (commands: typeof import('./full-screen-commands.js')) => Promise<number>): Promise<number> {
	needTerminal();
	return run(await loadWithInk(() => import('./full-screen-commands.js')));
}

function keyDecoder(): KeyDecoder {
	return new KeyDecoder(keyTable());
}

function keyTable() {
	return withOverrides(DEFAULT_KEY_TABLE, readKeyOverrides().bindings);
}

/** Interactive mode reads keys from a terminal and draws on one; a script gets one line and exit 2. */
function needTerminal(): void {
	if (!hasTerminal()) throw new CliError(2, 'the panels need a terminal; use list, show, export … for scripts');
}

async function learn(options: Record<string, string | boolean | undefined>, out: Output): Promise<number> {
	const given = options['trainee'] as string | undefined;
	const progress = new LessonProgressStore();
	const lessons = loadLessons(lessonsFolder(options['lessons'] as string | undefined, progress));
	if (options['report']) {
		learnReport(reportRows(lessons, progress, given === undefined ? undefined : traineeName(given)), Boolean(options['json']), out);
		return 0;
	}
	if (options['json']) throw new CliError(2, '--json goes with --report', true);
	const trainee = traineeName(given);
	return fullScreen(({classroom}) => classroom({lessons, trainee, progress}, keyDecoder(), describe));
}
