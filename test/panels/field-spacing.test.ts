// A 5250 field is preceded by an attribute byte that takes a cell of its own, so two input
// fields on one row can never touch. Checked on the list itself, every option's panel (from the
// registry) on two groups and every command's prompt, at their first page.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {COMMANDS, OPTIONS} from '../../source/panels/registry.js';
import type {Services} from '../../source/panels/services.js';
import type {PanelInstance} from '../../source/ui/panel/panel.js';
import {createStack, topFrame} from '../../source/ui/panel/runtime.js';
import {demoSystem, workWithGroups} from '../helpers/brms.js';

function touching<Out>(panel: PanelInstance<Out, Services>, services: Services): string[] {
	const fields = topFrame(createStack(panel, services)).fields();
	const problems: string[] = [];
	for (const field of fields) {
		const next = fields.find(other => other !== field && other.row === field.row && other.col >= field.col && other.col <= field.col + field.length);
		if (next) problems.push(`${field.id} (row ${field.row}, columns ${field.col}-${field.col + field.length - 1}) touches ${next.id} at column ${next.col}`);
	}
	return problems;
}

test('no two input fields touch on any panel', () => {
	const {store, services} = demoSystem();
	const names = store.list().map(group => group.name);
	const panels: Array<[string, PanelInstance<unknown, Services> | undefined]> = [
		['WRKCTLGBRM', workWithGroups()],
		...COMMANDS.map((command): [string, PanelInstance<unknown, Services>] => [command.name, command.open(command.name, 'BRMSDEMO')]),
	];
	for (const option of OPTIONS)
		for (const group of ['SYSWODOM', 'RESTRICTED']) {
			const stored = store.get(group);
			panels.push([`option ${option.value} on ${group}`, stored && option.open({systemName: 'BRMSDEMO', groups: [stored], names})]);
		}
	const problems = panels.flatMap(([name, panel]) => {
		assert.ok(panel, `${name} opens a panel`);
		return touching(panel, services).map(problem => `${name}: ${problem}`);
	});
	assert.deepEqual(problems, []);
});
