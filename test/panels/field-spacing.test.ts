// A 5250 field is preceded by an attribute byte that takes a cell of its own, so two input
// fields on one row can never touch. Checked on every panel the options open, the list itself
// and the STRBKUBRM prompt, at their first page.

import assert from 'node:assert/strict';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {demoControlGroups} from '../../source/host/demo/seed-groups.js';
import {controlGroupOptionPanels} from '../../source/panels/option-panels.js';
import {startBackupPrompt} from '../../source/panels/start-backup/panel.js';
import {workWithControlGroups} from '../../source/panels/work-with-control-groups/panel.js';
import {ControlGroupStore} from '../../source/store/control-group-store.js';
import type {PanelInstance} from '../../source/ui/panel/panel.js';
import {noHost} from '../helpers/ink-app.js';

function touching(panel: PanelInstance): string[] {
	const fields = panel.panel.fields(panel.state);
	const problems: string[] = [];
	for (const field of fields) {
		const next = fields.find(other => other !== field && other.row === field.row && other.col >= field.col && other.col <= field.col + field.length);
		if (next) problems.push(`${field.id} (row ${field.row}, columns ${field.col}-${field.col + field.length - 1}) touches ${next.id} at column ${next.col}`);
	}
	return problems;
}

test('no two input fields touch on any panel', () => {
	const store = new ControlGroupStore({systemId: 'demo', seed: demoControlGroups, env: {BRMS_TUI_HOME: mkdtempSync(join(tmpdir(), 'brms-tui-fields-'))}});
	const open = controlGroupOptionPanels('BRMSDEMO', store, noHost);
	const panels: Array<[string, PanelInstance | undefined]> = [
		['WRKCTLGBRM', workWithControlGroups({systemName: 'BRMSDEMO', loadGroups: () => store.list(), openOption: open})],
		['STRBKUBRM', startBackupPrompt({systemName: 'BRMSDEMO', runCommand: () => Promise.reject(new Error('not run')), changeSheet: () => []})],
	];
	for (const value of [1, 2, 3, 4, 5, 6, 8, 9, 10])
		for (const group of ['SYSWODOM', 'RESTRICTED']) panels.push([`option ${value} on ${group}`, open({value}, [group])]);
	const problems = panels.flatMap(([name, panel]) => {
		assert.ok(panel, `${name} opens a panel`);
		return touching(panel).map(problem => `${name}: ${problem}`);
	});
	assert.deepEqual(problems, []);
});
