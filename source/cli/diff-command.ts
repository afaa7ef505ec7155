// brms-tui diff GROUP: the change sheet from the group as last applied on the host to the
// local one; brms-tui applied GROUP: the operator has keyed it on the host.

import {changeSheetLines} from '../domain/change-sheet.js';
import {upperAscii} from '../domain/field-text.js';
import {jsonText, safeLines} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {groupChangeSheet, markGroupApplied} from './services.js';
import type {OpenSystem} from './system.js';

export function diffCommand(system: OpenSystem, name: string, json: boolean, out: Output): number {
	const group = upperAscii(name);
	const local = system.store.get(group)?.group;
	if (!local) throw new CliError(2, `Control group ${group} not found on system ${system.id}.`);
	const applied = system.store.applied(group);
	const steps = groupChangeSheet(system, local);
	if (json) {
		out.print(jsonText({group, system: system.id, knownOnHost: applied !== undefined, steps}));
		return 0;
	}
	if (steps.length === 0) {
		out.print(`No changes to ${group} since it was last marked applied on system ${system.id}.`);
		return 0;
	}
	const lines = [`Change sheet for ${group} on system ${system.id}: key this in WRKCTLGBRM, then run brms-tui applied ${group}.`];
	for (const line of changeSheetLines(steps)) lines.push(...(line.heading ? ['', line.text] : [line.text]));
	out.print(safeLines(lines.join('\n')));
	return 0;
}

export function appliedCommand(system: OpenSystem, name: string, out: Output): number {
	const group = upperAscii(name);
	if (!system.store.get(group)) throw new CliError(2, `Control group ${group} not found on system ${system.id}.`);
	markGroupApplied(system, group);
	out.print(`${group} marked as applied on system ${system.id}: the change sheet starts from here.`);
	return 0;
}
