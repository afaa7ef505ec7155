// list, show, export and import: the store without the panels, for scripts.

import {readFileSync, writeFileSync} from 'node:fs';
import {type ControlGroup, EXIT_ITEM} from '../domain/control-group.js';
import {controlGroupToJson, exportDocument, type ImportProblem, importProblems, listRow, parseExchangeDocument} from '../domain/exchange.js';
import {upperAscii} from '../domain/field-text.js';
import {jsonText, safeText} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import {formatTable, type Row} from './output.js';
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

const ENTRY_HEADINGS = [
	'Seq',
	'Backup Items',
	'List Type',
	'ASP Device',
	'Weekly Activity',
	'Retain Object Detail',
	'Save While Active',
	'SWA Message Queue',
	'Sync ID',
];

export function showCommand(system: OpenSystem, name: string, json: boolean, out: Output): void {
	const group = findGroup(system, name);
	const view = controlGroupToJson(group);
	if (json) {
		out.print(jsonText(view));
		return;
	}
	const blank = (value: string | null) => value ?? '';
	const entries: Row[] = view.entries.map(entry => ({
		Seq: String(entry.seq),
		'Backup Items': entry.item,
		'List Type': blank(entry.listType),
		'ASP Device': blank(entry.aspDevice),
		'Weekly Activity': entry.activity,
		'Retain Object Detail': blank(entry.retainObjectDetail),
		'Save While Active': blank(entry.saveWhileActive),
		'SWA Message Queue': blank(entry.swaMessageQueue),
		'Sync ID': blank(entry.syncId),
	}));
	const lines = [
		`Group . . . . . . . . . . : ${view.name}`,
		`Default activity  . . . . : ${safeText(view.defaultActivity)}`,
		`Text  . . . . . . . . . . : ${safeText(view.text)}`,
		safeText(`Media policy for full / incremental backups: ${String(view.attributes.fullMediaPolicy)} / ${String(view.attributes.incrMediaPolicy)}`),
		'',
		formatTable(entries, ENTRY_HEADINGS, out.stdout),
	];
	const exits = view.entries.filter(entry => entry.item === EXIT_ITEM && entry.exitCommand);
	if (exits.length > 0) {
		lines.push(
			'',
			formatTable(
				exits.map(entry => ({Seq: String(entry.seq), 'Exit command': entry.exitCommand ?? ''})),
				['Seq', 'Exit command'],
				out.stdout,
			),
		);
	}
	if (view.subsystems.length > 0) {
		const rows = view.subsystems.map(each => ({Seq: String(each.seq), Subsystem: each.subsystem, Library: each.library ?? '', Restart: each.restart}));
		lines.push('', 'Subsystems to process', formatTable(rows, ['Seq', 'Subsystem', 'Library', 'Restart'], out.stdout));
	}
	if (view.jobQueues.length > 0) {
		const rows = view.jobQueues.map(each => ({
			Seq: String(each.seq),
			'Job Queue': each.jobQueue,
			Library: each.library ?? '',
			Hold: each.hold,
			Release: each.release,
		}));
		lines.push('', 'Job queues to process', formatTable(rows, ['Seq', 'Job Queue', 'Library', 'Hold', 'Release'], out.stdout));
	}
	out.print(lines.join('\n'));
}

export function exportCommand(system: OpenSystem, names: string[], outputFile: string | undefined, out: Output): void {
	const groups = names.length === 0 ? system.store.list() : names.map(name => findGroup(system, name));
	const text = jsonText(exportDocument(groups));
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
