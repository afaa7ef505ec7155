// SQL on an IBM i through the QSH db2 utility (ibmi-ssh.md §2.6, §9): a script of `db2 "…"`
// lines fed to /QOpenSys/usr/bin/qsh on stdin (no outer shell quoting layer), and the reading of
// what db2 prints, statement by statement.
//
// What db2 prints [K: public code, not an IBM page — Code for IBM i's Tools.db2Parse before 2022
// (codefori/vscode-ibmi), IBM's CLI sample cliPrintError(), public db2-over-ssh parsers]:
// - a result: a heading line, a line of dashes (one run per column, one blank between runs), one
//   line per row with each value in its column's width (NULL printed as `-`), then
//   `  N RECORD(S) SELECTED.`;
// - an error or a warning: a block `**** CLI ERROR *****`, `SQLSTATE: 42704`, `NATIVE ERROR
//   CODE: -204`, then the message text. SQLSTATE class 01 is a warning (skipped, as Code for IBM
//   i does); any other state is the statement's answer.
// Everything goes to standard output. An answer that reads as neither is an error too: nothing
// is taken from output brms-tui cannot read.

import type {QueryAnswer, QueryProblem} from '../../domain/job-follow.js';

export const QSH = '/QOpenSys/usr/bin/qsh';

/** A QSH double-quoted word: \ " $ ` escaped, so `$` in a job name stays a `$`. */
export function qshDoubleQuoted(text: string): string {
	return `"${text.replace(/[\\"$`]/g, character => `\\${character}`)}"`;
}

/** One statement as a line of the QSH script. */
export function db2Line(sql: string): string {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: a statement is one line of the script.
	if (/[\u0000-\u001F\u007F]/.test(sql)) throw new Error('An SQL statement cannot hold control characters.');
	return `db2 ${qshDoubleQuoted(sql)}`;
}

/** A QSH script: one db2 line per statement, in order. */
export function db2Script(statements: readonly string[]): string {
	return `${statements.map(db2Line).join('\n')}\n`;
}

export type Db2Problem = QueryProblem;

export type Db2Answer = {ok: true; columns: string[]; rows: Array<Array<string | null>>; warnings: Db2Problem[]} | {ok: false; problem: Db2Problem};

const CLI_ERROR = /^\*{4} CLI ERROR \*{5}$/;
const RECORDS = /^(\d+) RECORD\(S\) SELECTED\.$/;
const DASHES = /^-+( -+)*$/;

/** What db2 prints between statements and is not an answer (prompts and notices). */
const NOISE = (line: string) => line === 'DB2>' || line === '?>' || line.startsWith('DB20');

/** The SQL message number in a problem (SQL0204 for native error -204). */
export function sqlMessageId(problem: Db2Problem): string | undefined {
	return problem.nativeError === undefined ? undefined : `SQL${String(Math.abs(problem.nativeError)).padStart(4, '0')}`;
}

export function describeProblem(problem: Db2Problem): string {
	const id = sqlMessageId(problem);
	const state = problem.sqlState ? `SQLSTATE ${problem.sqlState}` : undefined;
	const codes = [id, state].filter(Boolean).join(', ');
	return codes ? `${codes}: ${problem.text}` : problem.text;
}

/**
 * The answers to `count` statements, in order. Each is a result table or a problem; once the
 * output stops making sense, that statement and every one after it is "not readable".
 */
export function parseDb2Answers(output: string, count: number): Db2Answer[] {
	const lines = output
		.split(/\r?\n/)
		.map(line => line.replace(/\s+$/, ''))
		.filter(line => !NOISE(line.trim()));
	const answers: Db2Answer[] = [];
	let at = 0;
	let warnings: Db2Problem[] = [];
	const unreadable = (why: string): Db2Answer => ({ok: false, problem: {text: `db2 answered in a form brms-tui cannot read (${why})`}});
	while (answers.length < count) {
		while (at < lines.length && lines[at]!.trim() === '') at += 1;
		const line = lines[at]?.trim();
		if (line === undefined) {
			const lost = unreadable(output.trim() === '' ? 'no output' : 'the output ended early');
			while (answers.length < count) answers.push(lost);
			break;
		}
		if (CLI_ERROR.test(line)) {
			const block = readErrorBlock(lines, at + 1);
			at = block.next;
			// A warning comes before the statement's own answer.
			if (block.problem.sqlState?.startsWith('01')) warnings.push(block.problem);
			else {
				answers.push({ok: false, problem: block.problem});
				warnings = [];
			}
			continue;
		}
		if (RECORDS.exec(line)?.[1] === '0') {
			// An empty result printed without a heading (as some db2 levels may).
			at += 1;
			answers.push({ok: true, columns: [], rows: [], warnings});
			warnings = [];
			continue;
		}
		const table = readTable(lines, at);
		if (!table) {
			const lost = unreadable(`"${line.slice(0, 40)}"`);
			while (answers.length < count) answers.push(lost);
			break;
		}
		at = table.next;
		answers.push({ok: true, columns: table.columns, rows: table.rows, warnings});
		warnings = [];
	}
	return answers;
}

function readErrorBlock(lines: readonly string[], from: number): {problem: Db2Problem; next: number} {
	let at = from;
	let sqlState: string | undefined;
	let nativeError: number | undefined;
	const text: string[] = [];
	for (; at < lines.length && lines[at]!.trim() !== ''; at += 1) {
		const line = lines[at]!.trim();
		const state = /^SQLSTATE:\s*(\S+)$/i.exec(line);
		const native = /^NATIVE ERROR CODE:\s*(-?\d+)$/i.exec(line);
		if (state) sqlState = state[1]!;
		else if (native) nativeError = Number(native[1]);
		else text.push(line);
	}
	return {
		problem: {...(sqlState ? {sqlState} : {}), ...(nativeError === undefined ? {} : {nativeError}), text: text.join(' ') || 'no message text'},
		next: at,
	};
}

/** A heading, its dashes, the rows and the record count that matches them; undefined otherwise. */
function readTable(lines: readonly string[], at: number): {columns: string[]; rows: Array<Array<string | null>>; next: number} | undefined {
	const heading = lines[at]!;
	const dashes = lines[at + 1];
	if (dashes === undefined || !DASHES.test(dashes)) return undefined;
	// Columns: each run of dashes; the last column runs to the end of the line.
	const runs = [...dashes.matchAll(/-+/g)];
	const bounds = runs.map((run, index) => ({start: run.index, end: index === runs.length - 1 ? undefined : run.index + run[0].length}));
	const cells = (line: string) => bounds.map(({start, end}) => line.slice(start, end).trim());
	const rows: Array<Array<string | null>> = [];
	for (let index = at + 2; index < lines.length; index += 1) {
		const line = lines[index]!;
		if (line.trim() === '') continue;
		const records = RECORDS.exec(line.trim());
		if (records) return Number(records[1]) === rows.length ? {columns: cells(heading), rows, next: index + 1} : undefined;
		if (CLI_ERROR.test(line.trim())) return undefined;
		rows.push(cells(line).map(value => (value === '-' ? null : value)));
	}
	return undefined;
}

/** A table answer whose headings are the ones asked for, each row read by `row`; anything else is a problem. */
export function tableRows<T>(answer: Db2Answer, columns: readonly string[], row: (cells: Array<string | null>) => T | undefined): QueryAnswer<T[]> {
	if (!answer.ok) return {problem: answer.problem};
	// An empty result may come without headings; otherwise they must be ours (the answers line up).
	if (answer.columns.length > 0 && answer.columns.join(' ') !== columns.join(' '))
		return {problem: {text: `db2 answered with columns ${answer.columns.join(', ')} where ${columns.join(', ')} were asked for`}};
	const rows: T[] = [];
	for (const cells of answer.rows) {
		const read = row(cells);
		if (read === undefined) return {problem: {text: `db2 answered a row brms-tui cannot read (${cells.join(' ').slice(0, 60)})`}};
		rows.push(read);
	}
	return {rows};
}
