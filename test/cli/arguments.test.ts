// The command line as data (source/cli/arguments.ts): a command is one entry of a table, and
// its options belong to it alone.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {type CommandSpec, commandHelp, parseCommandLine} from '../../source/cli/arguments.js';

const run = () => 0;
const TABLE: Array<CommandSpec<number>> = [
	{words: [], args: '', count: {min: 0, max: 0}, summary: 'the panels', options: {system: {type: 'string', value: 'NAME', help: 'the system'}}, run},
	{words: ['list'], args: '', count: {min: 0, max: 0}, summary: 'the groups', options: {json: {type: 'boolean', help: 'JSON'}}, run},
	// A new command is one entry: its options, its arguments, its help.
	{
		words: ['schedule'],
		args: 'GROUP…',
		count: {min: 1, max: Number.POSITIVE_INFINITY},
		summary: 'add job schedule entries',
		options: {
			at: {type: 'string', value: 'TIME', help: 'when'},
			days: {type: 'string', value: 'DAY', second: {value: 'DAY', pattern: /^\*[A-Z]{3}$/}, help: 'which days'},
		},
		run,
	},
];

test('a command is found by its words, wherever the options stand', () => {
	const parsed = parseCommandLine(TABLE, ['--at', '2300', 'schedule', 'SYSWODOM', '--days', '*MON', '*FRI', 'QLTSSVR']);
	assert.ok('command' in parsed);
	assert.deepEqual(parsed.command.words, ['schedule']);
	assert.deepEqual(parsed.args, ['SYSWODOM', 'QLTSSVR']);
	assert.deepEqual(parsed.options, {at: '2300', days: '*MON *FRI'});
	assert.deepEqual(parseCommandLine(TABLE, ['--version']), {version: true});
});

test('an option of another command is refused in one line that says where the usage is', () => {
	assert.throws(() => parseCommandLine(TABLE, ['list', '--at', '2300']), {message: 'list has no option --at; see brms-tui list --help'});
	assert.throws(() => parseCommandLine(TABLE, ['schedule', '--json', 'X']), {message: 'schedule has no option --json; see brms-tui schedule --help'});
	assert.throws(() => parseCommandLine(TABLE, ['schedule']), {message: 'schedule takes GROUP…; see brms-tui schedule --help'});
	assert.throws(() => parseCommandLine(TABLE, ['--system']), {message: '--system needs a value (NAME); see brms-tui --help'});
});

test('--help of a command names its options and nothing else', () => {
	const parsed = parseCommandLine(TABLE, ['schedule', '--help']);
	assert.ok('help' in parsed && parsed.help);
	const help = commandHelp(parsed.command);
	assert.match(help, /^Usage: brms-tui schedule GROUP… \[--at TIME\] \[--days DAY \[DAY\]\]\n/);
	assert.doesNotMatch(help, /--json|--system/);
});
