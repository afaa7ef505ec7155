// The command line as data: each command names its words, arguments and its own options, so a
// command is one entry in a table (main.tsx) and its usage, its --help and its refusals come
// from that entry. Any option of another command is refused, and every refusal is one line that
// ends with where the usage is ("see brms-tui list --help") — never the parser's own words.

import {wrapText} from '../ui/layout.js';
import {safeText} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';

export type OptionSpec = {
	/** A flag, or an option that takes a value (`--host H`, `--host=H`). */
	type: 'boolean' | 'string';
	short?: string;
	/** The value's name in the usage (H, NAME, FILE). */
	value?: string;
	/**
	 * A second value that may follow the first as its own word, as the README writes it
	 * (`--retention *DAYS 35`, `--strseq 30 40`): taken when it looks like one.
	 */
	second?: {value: string; pattern: RegExp};
	help: string;
};

export type CommandSpec<R> = {
	/** The words that name it: [] for the program itself, ['system', 'add'] for a subcommand's action. */
	words: readonly string[];
	/** Its arguments in the usage ("GROUP", "[GROUP…]", ""). */
	args: string;
	/** How many arguments it takes. */
	count: {min: number; max: number};
	summary: string;
	options: Readonly<Record<string, OptionSpec>>;
	/** It prints a bordered table on a terminal (main loads the table renderer, and Ink with it, first). */
	tables?: boolean;
	run: (args: string[], options: Record<string, string | boolean | undefined>) => R;
};

export type ParsedCommand<R> = {command: CommandSpec<R>; args: string[]; options: Record<string, string | boolean | undefined>; help: boolean};

/** `brms-tui list` — the name a refusal or a usage line uses. */
export function commandName(command: {words: readonly string[]}): string {
	return ['brms-tui', ...command.words].join(' ');
}

// The text quotes what was typed (an unknown command or option): one line, nothing a terminal acts on.
const usageError = (text: string, command: {words: readonly string[]} | undefined) =>
	new CliError(2, `${safeText(text)}; see ${command ? commandName(command) : 'brms-tui'} --help`);

/** The words of the command line that are not options or their values (whichever command has them). */
function wordsOf(commands: ReadonlyArray<CommandSpec<unknown>>, argv: readonly string[]): string[] {
	const withValue = new Map<string, OptionSpec>(
		commands.flatMap(command =>
			Object.entries(command.options).flatMap(
				([name, spec]): Array<[string, OptionSpec]> =>
					spec.type === 'string' ? [[`--${name}`, spec], ...(spec.short ? [[`-${spec.short}`, spec] as [string, OptionSpec]] : [])] : [],
			),
		),
	);
	const words: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') break;
		const spec = withValue.get(token);
		if (spec) index += spec.second?.pattern.test(argv[index + 2] ?? '') ? 2 : 1;
		else if (!token.startsWith('-') || token === '-') words.push(token);
	}
	return words;
}

/** The command the words name (the longest match), its arguments and its options. */
export function parseCommandLine<R>(commands: ReadonlyArray<CommandSpec<R>>, argv: readonly string[]): ParsedCommand<R> | {version: true} {
	const words = wordsOf(commands, argv);
	const command = [...commands].sort((a, b) => b.words.length - a.words.length).find(each => each.words.every((word, index) => words[index] === word));
	if (!command || (command.words.length === 0 && words.length > 0)) {
		// `brms-tui system frob`: a command of several actions, none of them named.
		const actions = commands.filter(each => each.words.length > 1 && each.words[0] === words[0]).map(each => each.words[1]);
		if (actions.length > 0) throw usageError(`${words[0]} takes ${actions.slice(0, -1).join(', ')} or ${actions.at(-1)}`, undefined);
		throw usageError(`unknown command ${words[0]}`, undefined);
	}
	const args: string[] = [];
	const options: Record<string, string | boolean | undefined> = {};
	let help = false;
	let skipped = 0;
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			args.push(...argv.slice(index + 1));
			break;
		}
		if (!token.startsWith('-') || token === '-') {
			// The command's own words come first; `-` alone is an argument (standard input).
			if (skipped < command.words.length && token === command.words[skipped]) skipped++;
			else args.push(token);
			continue;
		}
		const [flag, inline] =
			token.startsWith('--') && token.includes('=') ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)] : [token, undefined];
		if (flag === '--help' || flag === '-h') {
			help = true;
			continue;
		}
		if ((flag === '--version' || flag === '-v') && command.words.length === 0) return {version: true};
		const name = flag.startsWith('--') ? flag.slice(2) : Object.entries(command.options).find(([, spec]) => spec.short && `-${spec.short}` === flag)?.[0];
		const spec = name === undefined ? undefined : command.options[name];
		if (!spec || name === undefined) {
			const where = command.words.length === 0 ? 'brms-tui' : commandName(command).slice('brms-tui '.length);
			throw usageError(`${where} has no option ${flag}`, command);
		}
		if (spec.type === 'boolean') {
			if (inline !== undefined) throw usageError(`${flag} takes no value`, command);
			options[name] = true;
			continue;
		}
		// A value is the next word whatever it looks like (`--port -1` is a port, said wrong by its check).
		const value = inline ?? argv[++index];
		if (value === undefined) throw usageError(`${flag} needs a value (${spec.value ?? 'VALUE'})`, command);
		const next = argv[index + 1];
		if (inline === undefined && spec.second && next !== undefined && spec.second.pattern.test(next)) {
			options[name] = `${value} ${next}`;
			index++;
		} else options[name] = value;
	}
	if (help) return {command, args, options, help};
	const {min, max} = command.count;
	if (args.length < min || args.length > max) {
		const takes = max === 0 ? 'takes no arguments' : min === max ? `takes ${min === 1 ? 'one' : min} ${command.args}` : `takes ${command.args}`;
		throw usageError(`${commandName(command).slice('brms-tui '.length) || 'brms-tui'} ${takes}`, command);
	}
	return {command, args, options, help};
}

const EXIT_CODES = 'Exit codes: 0 done, 1 refused or failed on the host, 2 bad usage or input.';

/** Help fits an 80-column terminal. */
const WIDTH = 80;

/** A command's synopsis — its words, arguments and options — in lines of at most 80 columns. */
export function synopsis(command: CommandSpec<unknown>, lead = ''): string[] {
	const options = Object.entries(command.options).map(([name, spec]) => {
		const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}${spec.second ? ` [${spec.second.value}]` : ''}` : '';
		return `[--${name}${value}]`;
	});
	const first = [lead + commandName(command), command.args].filter(Boolean).join(' ');
	const indent = ' '.repeat(lead.length + commandName(command).length + 1);
	const lines = [first];
	for (const option of options) {
		if (`${lines.at(-1)} ${option}`.length <= WIDTH) lines[lines.length - 1] += ` ${option}`;
		else lines.push(indent + option);
	}
	return lines;
}

/** `  --flag VALUE  its help`, the help going on under itself within 80 columns. */
function optionLines(flag: string, help: string, width: number): string[] {
	const [first = '', ...rest] = wrapText(help, WIDTH - 2 - width);
	return [`  ${flag.padEnd(width)}${first}`, ...rest.map(line => `${' '.repeat(2 + width)}${line}`)];
}

/** `brms-tui COMMAND --help`: what it does, its synopsis, and each option. */
export function commandHelp(command: CommandSpec<unknown>): string {
	const options = Object.entries(command.options).map(([name, spec]) => {
		const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}${spec.second ? ` [${spec.second.value}]` : ''}` : '';
		return [`${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`, spec.help] as const;
	});
	const width = Math.max(0, ...options.map(([flag]) => flag.length)) + 2;
	return [
		...synopsis(command, 'Usage: '),
		'',
		command.summary,
		...(options.length > 0 ? ['', 'Options:', ...options.flatMap(([flag, help]) => optionLines(flag, help, width))] : []),
		`  ${'-h, --help'.padEnd(width)}this help`,
		'',
		EXIT_CODES,
	].join('\n');
}

/** `brms-tui --help`: every command in a line, and where each one's options are. */
export function programHelp(commands: ReadonlyArray<CommandSpec<unknown>>): string {
	const lines = commands.map(command => [`${commandName(command)}${command.args ? ` ${command.args}` : ''}`, command.summary] as const);
	const width = Math.max(...lines.map(([name]) => name.length)) + 2;
	return [
		'Usage: brms-tui [COMMAND] [ARGUMENTS] [OPTIONS]',
		'',
		...lines.map(([name, summary]) => `  ${name.padEnd(width)}${summary}`),
		`  ${'brms-tui --help | --version'.padEnd(width)}this help, the version`,
		'',
		'brms-tui COMMAND --help: a command and its options. Most take --system NAME',
		'(default: demo, the built-in demo system).',
		'',
		EXIT_CODES,
	].join('\n');
}
