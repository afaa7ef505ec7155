// The key map as text, for `brms-tui keys` and the help: each 5250 key and every way to type it.

import {KEY_NAMES, type KeyName} from './key-names.js';
import type {KeyBinding} from './key-table.js';

const DESCRIPTIONS: Partial<Record<KeyName, string>> = {
	Enter: 'Enter (send the panel)',
	FieldExit: 'Field Exit (clear to end, next field)',
	FieldPlus: 'Field+',
	FieldMinus: 'Field-',
	Tab: 'Tab (next field)',
	BackTab: 'Back-tab',
	EraseEOF: 'Erase EOF',
	EraseInput: 'Erase Input',
	RollUp: 'Roll Up (next page)',
	RollDown: 'Roll Down (previous page)',
	RefreshScreen: 'Redraw screen',
	Quit: 'Exit (as F3)',
	Interrupt: 'Ctrl+C (ignored while editing)',
	Reset: 'Reset (unlock after an error)',
	NewLine: 'New Line',
};

export function keyMapLines(table: readonly KeyBinding[]): string[] {
	const lines = [`${'5250 key'.padEnd(38)}Press`, ''];
	for (const name of KEY_NAMES) {
		const labels = [...new Set(table.filter(binding => binding.key === name).map(binding => binding.label))];
		if (labels.length === 0) continue;
		lines.push(`${(DESCRIPTIONS[name] ?? name).padEnd(38)}${labels.join(', ')}`);
	}
	lines.push(
		'',
		'Esc is a prefix (as in tn5250): press Esc, then the key. Alt+key sends the same bytes.',
		'Esc then F1..F12 gives F13..F24 on any keyboard layout.',
	);
	return lines;
}
