// list, show, export and import: the store without the panels, for scripts.

import {readFileSync, writeFileSync} from 'node:fs';
import {type ControlGroup, EXIT_ITEM} from '../domain/control-group.js';
import {controlGroupToJson, exportDocument, type ImportProblem, importProblems, listRow, parseExchangeDocument} from '../domain/exchange.js';
import {ATTRIBUTE_LINES, attributeLabel, DEFAULT_ACTIVITY} from '../panels/change-attributes/view.js';
import {ENTRY_COLUMNS, ENTRY_HEADINGS} from '../panels/control-group-entries/layout.js';
import {dottedLabel, wrapIndented} from '../ui/layout.js';
import {CliError} from './cli-error.js';
import {formatTable, plainColumns} from './output.js';
import type {OpenSystem} from './system.js';

export type Output = {stdout: NodeJS.WriteStream; print: (text: string) => void};

export function listCommand(system: OpenSystem, json: boolean, out: Output): void {
	const rows = system.store.list().map(listRow);
	if (json) {
		out.print(JSON.stringify(rows, null, 2));
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
	const stored = system.store.get(name.toUpperCase());
	if (!stored) throw new CliError(2, `Control group ${name.toUpperCase()} not found on system ${system.id}.`);
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
	const view = controlGroupToJson(group);
	if (json) {
		out.print(JSON.stringify(view, null, 2));
		return;
	}
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
	const text = JSON.stringify(exportDocument(groups), null, 2);
	if (outputFile) writeFileSync(outputFile, `${text}\n`);
	else out.print(text);
}

export function importCommand(system: OpenSystem, file: string, out: Output): void {
	let text: string;
	try {
		text = readFileSync(file === '-' ? 0 : file, 'utf8');
	} catch (error) {
		throw new CliError(2, `Cannot read ${file}: ${(error as Error).message}`);
	}
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
	system.store.replaceGroups(groups);
	out.print(
		`${groups.length} control group${groups.length === 1 ? '' : 's'} imported into system ${system.id}: ${groups.map(group => group.name).join(', ')}.`,
	);
}
