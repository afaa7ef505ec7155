// list, show, export and import: the store without the panels, for scripts.

import {closeSync, fstatSync, openSync, readSync, writeFileSync} from 'node:fs';
import {type ControlGroup, EXIT_ITEM} from '../domain/control-group.js';
import {controlGroupToJson, exportDocument, type ImportProblem, importProblems, listRow, parseExchangeDocument} from '../domain/exchange.js';
import {upperAscii} from '../domain/field-text.js';
import {ATTRIBUTE_LINES, attributeLabel, DEFAULT_ACTIVITY} from '../panels/change-attributes/view.js';
import {ENTRY_COLUMNS, ENTRY_HEADINGS} from '../panels/control-group-entries/layout.js';
import {dottedLabel, wrapIndented} from '../ui/layout.js';
import {jsonText, safeStrings} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import {formatTable, plainColumns} from './output.js';
import type {OpenSystem} from './system.js';

export type Output = {stdout: NodeJS.WriteStream; print: (text: string) => void};

export function listCommand(system: OpenSystem, json: boolean, out: Output): void {
	const rows = system.store.list().map(listRow);
	if (json) {
		out.print(jsonText(rows));
		return;
	}
	const table = rows.map(row => ({
		'Control Group': row.name,
		'Full Media Policy': row.fullMediaPolicy,
		'Incr Media Policy': row.incrMediaPolicy,
		Text: row.text,
	}));
	out.print(formatTable(table, ['Control Group', 'Full Media Policy', 'Incr Media Policy', 'Text'], out.stdout));
}

function findGroup(system: OpenSystem, name: string): ControlGroup {
	// Folded from a-z only: ſyswodom is not SYSWODOM.
	const stored = system.store.get(upperAscii(name));
	if (!stored) throw new CliError(2, `Control group ${upperAscii(name)} not found on system ${system.id}.`);
	return stored.group;
}

/** The columns of a line laid out at fixed positions (1-based), as a 5250 panel has them. */
function atColumns(cells: ReadonlyArray<{col: number; text: string}>): string {
	let line = '';
	for (const {col, text} of cells) line = `${line.padEnd(col - 1)}${text}`;
	return line.trimEnd();
}

/**
 * `show GROUP`: the group as the Display panels show it, within 80 columns — the entries in the
 * 5250 panel's own columns (one column to the left: the panel's column 1 is its attribute byte),
 * the exit commands, every attribute, the subsystems and job queues.
 */
export function showCommand(system: OpenSystem, name: string, json: boolean, out: Output): void {
	const group = findGroup(system, name);
	if (json) {
		out.print(jsonText(controlGroupToJson(group)));
		return;
	}
	// Every stored value drawn as it may be: a control character as U+FFFD, never a line forged.
	const view = safeStrings(controlGroupToJson(group));
	const label = (text: string, width = 26) => `${dottedLabel(text, width, ':')} `;
	const entryLine = (values: Record<string, string>) =>
		atColumns(
			ENTRY_COLUMNS.map(column => ({
				col: column.col - 1,
				text: column.key === 'seq' ? (values[column.key] ?? '').padStart(column.length) : (values[column.key] ?? ''),
			})),
		);
	const lines = [
		`${label('Control group')}${view.name}`,
		`${label('Default activity')}${view.defaultActivity}`,
		`${label('Text')}${view.text}`,
		'',
		...ENTRY_HEADINGS.map(heading => heading.slice(1).trimEnd()),
		...view.entries.map(entry =>
			entryLine({
				seq: String(entry.seq),
				item: entry.item,
				listType: entry.listType ?? '',
				aspDevice: entry.aspDevice ?? '',
				activity: entry.activity,
				retainObjectDetail: entry.retainObjectDetail ?? '',
				saveWhileActive: entry.saveWhileActive ?? '',
				swaMessageQueue: entry.swaMessageQueue ?? '',
				syncId: entry.syncId ?? '',
			}),
		),
	];
	const exits = view.entries.filter(entry => entry.item === EXIT_ITEM && entry.exitCommand);
	if (exits.length > 0) {
		lines.push('', 'Exit commands', ...exits.flatMap(entry => wrapIndented(`${String(entry.seq).padStart(4)}  ${entry.exitCommand}`, 80, 6)));
	}
	lines.push('', 'Attributes');
	for (const line of ATTRIBUTE_LINES) {
		const indent = ' '.repeat(line.indent);
		if (line.kind === 'heading') {
			lines.push(`${indent}${line.heading}`);
			continue;
		}
		const value = line.key === DEFAULT_ACTIVITY ? view.defaultActivity : view.attributes[line.key];
		const shown = Array.isArray(value) ? value.join(' ') : (value ?? '');
		lines.push(...wrapIndented(`${indent}${label(attributeLabel(line.key).label, 41 - line.indent)}${shown}`.trimEnd(), 80, 42 - line.indent));
	}
	if (view.subsystems.length > 0) {
		const rows = view.subsystems.map(each => ({
			Seq: String(each.seq),
			Subsystem: each.subsystem,
			Library: each.library ?? '',
			Restart: each.restart,
			'End option': each.endOption ?? '',
			Delay: each.delay ?? '',
		}));
		lines.push('', 'Subsystems to process', plainColumns(rows, ['Seq', 'Subsystem', 'Library', 'Restart', 'End option', 'Delay']));
	}
	if (view.jobQueues.length > 0) {
		const rows = view.jobQueues.map(each => ({
			Seq: String(each.seq),
			'Job Queue': each.jobQueue,
			Library: each.library ?? '',
			Hold: each.hold,
			Release: each.release,
		}));
		lines.push('', 'Job queues to process', plainColumns(rows, ['Seq', 'Job Queue', 'Library', 'Hold', 'Release']));
	}
	out.print(lines.join('\n'));
}

export function exportCommand(system: OpenSystem, names: string[], outputFile: string | undefined, out: Output): void {
	const groups = names.length === 0 ? system.store.list() : names.map(name => findGroup(system, name));
	const text = jsonText(exportDocument(groups));
	if (!outputFile) {
		out.print(text);
		return;
	}
	// 0600 when it makes the file, as every file brms-tui writes.
	try {
		writeFileSync(outputFile, `${text}\n`, {mode: 0o600});
	} catch (error) {
		throw new CliError(1, `Cannot write ${outputFile}: ${(error as Error).message}`);
	}
}

/** The most an import reads (a 1,000-group export is about 3.3 MB). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
/** How deep an import document may nest (a group needs 5 levels: document, list, group, entries, entry). */
export const IMPORT_MAX_DEPTH = 32;

/** The file (or standard input), at most IMPORT_MAX_BYTES; a larger one is refused without reading it all. */
function readImport(file: string): string {
	let fd: number;
	try {
		fd = file === '-' ? 0 : openSync(file, 'r');
	} catch (error) {
		throw new CliError(2, `Cannot read ${file}: ${(error as Error).message}`);
	}
	try {
		const tooLarge = () =>
			new CliError(2, `${file} is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MiB, the most brms-tui imports at once; nothing was stored.`);
		const stats = fstatSync(fd);
		if (stats.isDirectory()) throw new CliError(2, `Cannot read ${file}: it is a folder.`);
		if (stats.isFile() && stats.size > IMPORT_MAX_BYTES) throw tooLarge();
		const chunks: Buffer[] = [];
		let total = 0;
		const chunk = Buffer.alloc(1024 * 1024);
		for (;;) {
			let read: number;
			try {
				read = readSync(fd, chunk, 0, chunk.length, null);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
				if ((error as NodeJS.ErrnoException).code === 'EOF') break;
				throw new CliError(2, `Cannot read ${file}: ${(error as Error).message}`);
			}
			if (read === 0) break;
			total += read;
			if (total > IMPORT_MAX_BYTES) throw tooLarge();
			chunks.push(Buffer.from(chunk.subarray(0, read)));
		}
		return Buffer.concat(chunks).toString('utf8');
	} finally {
		if (fd !== 0) closeSync(fd);
	}
}

/** Whether JSON text nests deeper than `limit` (counted outside strings, before parsing: deep nesting overflows parsers and checkers). */
function nestedDeeperThan(text: string, limit: number): boolean {
	let depth = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (inString) {
			if (code === 0x5c) index++;
			else if (code === 0x22) inString = false;
		} else if (code === 0x22) inString = true;
		else if (code === 0x5b || code === 0x7b) {
			if (++depth > limit) return true;
		} else if (code === 0x5d || code === 0x7d) depth--;
	}
	return false;
}

export function importCommand(system: OpenSystem, file: string, out: Output): void {
	// A UTF-8 byte-order mark (Windows editors write one) is not part of the JSON.
	const text = readImport(file).replace(/^\ufeff/, '');
	if (text.trim() === '') throw new CliError(2, `${file} is empty: there is nothing to import.`);
	if (nestedDeeperThan(text, IMPORT_MAX_DEPTH))
		throw new CliError(2, `${file} nests deeper than ${IMPORT_MAX_DEPTH} levels, more than a brms-tui/1 document has; nothing was stored.`);
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw new CliError(2, `${file} is not valid JSON: ${(error as Error).message}`);
	}
	const {groups, problems} = parseExchangeDocument(parsed);
	const seen = new Set<string>();
	for (const group of groups) {
		if (seen.has(group.name)) problems.push({group: group.name, field: 'name', text: `Control group ${group.name} appears twice in the document.`});
		seen.add(group.name);
	}
	if (problems.length === 0) for (const group of groups) problems.push(...importProblems(group));
	if (problems.length > 0) {
		const where = (problem: ImportProblem) =>
			[problem.group && `control group ${problem.group}`, problem.entry !== undefined && `entry ${problem.entry}`, `field ${problem.field}`]
				.filter(Boolean)
				.join(', ');
		const lines = problems.map(problem => `  ${where(problem)}: ${problem.text}`);
		throw new CliError(2, `Import of ${file} refused; nothing was stored:\n${lines.join('\n')}`);
	}
	if (groups.length === 0) {
		// Nothing to save, yet a damaged store is refused here as by every command.
		system.store.list();
		out.print(`${file} holds no control groups: nothing was imported into system ${system.id}.`);
		return;
	}
	system.store.replaceGroups(groups);
	out.print(
		`${groups.length} control group${groups.length === 1 ? '' : 's'} imported into system ${system.id}: ${groups.map(group => group.name).join(', ')}.`,
	);
}
