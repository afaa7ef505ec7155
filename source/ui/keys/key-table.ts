// The key map, as data: which terminal byte sequences mean which 5250 key
// (shared/spec/keys-5250.md §5.1 and §6). `brms-tui keys` prints this table and the key-test
// panel shows which row matched. Users can override rows with keys.json (see key-map.ts).

import type {KeyName} from './key-names.js';

export type KeySource =
	| 'xterm' // xterm, VTE/GNOME, iTerm2, Windows Terminal, tmux
	| 'vt220' // VT220 / rxvt / PuTTY "ESC[n~" family
	| 'rxvt' // rxvt-only Shift+F11/F12
	| 'linux' // Linux console
	| 'kitty' // kitty keyboard protocol / CSI-u
	| 'control' // a control character (Ctrl+letter)
	| 'esc'; // Esc (or Alt) followed by a character — tn5250's fallbacks

export type KeyBinding = {
	/** The exact bytes the terminal sends (for 'esc' rows: what follows the Esc). */
	sequence: string;
	key: KeyName;
	source: KeySource;
	/** How a person types it. */
	label: string;
};

const ESC = '\u001B';
const CSI = `${ESC}[`;
const SS3 = `${ESC}O`;

// VT numbers of F1..F12 in the ESC[n~ encoding.
const VT_NUMBERS = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24] as const;
const fKey = (n: number) => `F${n}` as KeyName;

function functionKeyRows(): KeyBinding[] {
	const rows: KeyBinding[] = [];
	'PQRS'.split('').forEach((letter, index) => {
		rows.push({sequence: `${SS3}${letter}`, key: fKey(index + 1), source: 'xterm', label: `F${index + 1}`});
		rows.push({sequence: `${CSI}1;2${letter}`, key: fKey(index + 13), source: 'xterm', label: `Shift+F${index + 1}`});
	});
	VT_NUMBERS.forEach((vt, index) => {
		const n = index + 1;
		// F1-F4 as ESC[11~..ESC[14~ come from the VT220/rxvt family; F5-F12 are the same everywhere.
		rows.push({sequence: `${CSI}${vt}~`, key: fKey(n), source: n <= 4 ? 'vt220' : 'xterm', label: `F${n}`});
		if (n >= 5) rows.push({sequence: `${CSI}${vt};2~`, key: fKey(n + 12), source: 'xterm', label: `Shift+F${n}`});
	});
	// VT220 reading of the legacy F13-F20 codes (old tmux, xterm in VT220 mode, real F13+ keys).
	// rxvt/PuTTY send the same bytes for Shift+F3..F10 (two numbers higher); keys.json can switch.
	[25, 26, 28, 29, 31, 32, 33, 34].forEach((vt, index) => {
		rows.push({sequence: `${CSI}${vt}~`, key: fKey(index + 13), source: 'vt220', label: `F${index + 13}`});
	});
	rows.push({sequence: `${CSI}23$`, key: 'F23', source: 'rxvt', label: 'Shift+F11'});
	rows.push({sequence: `${CSI}24$`, key: 'F24', source: 'rxvt', label: 'Shift+F12'});
	'ABCDE'.split('').forEach((letter, index) => {
		rows.push({sequence: `${CSI}[${letter}`, key: fKey(index + 1), source: 'linux', label: `F${index + 1}`});
	});
	rows.push({sequence: `${CSI}13~`, key: 'F3', source: 'kitty', label: 'F3'});
	for (let n = 13; n <= 24; n++) {
		rows.push({sequence: `${CSI}${57_376 + n - 13}u`, key: fKey(n), source: 'kitty', label: `F${n}`});
	}
	return rows;
}

const CURSOR_ROWS: KeyBinding[] = [
	{sequence: '\r', key: 'Enter', source: 'control', label: 'Enter'},
	{sequence: '\n', key: 'Enter', source: 'control', label: 'Ctrl+J'},
	{sequence: `${SS3}M`, key: 'Enter', source: 'xterm', label: 'keypad Enter'},
	{sequence: '\t', key: 'Tab', source: 'control', label: 'Tab'},
	{sequence: `${CSI}Z`, key: 'BackTab', source: 'xterm', label: 'Shift+Tab'},
	{sequence: `${CSI}A`, key: 'Up', source: 'xterm', label: 'Up'},
	{sequence: `${CSI}B`, key: 'Down', source: 'xterm', label: 'Down'},
	{sequence: `${CSI}C`, key: 'Right', source: 'xterm', label: 'Right'},
	{sequence: `${CSI}D`, key: 'Left', source: 'xterm', label: 'Left'},
	{sequence: `${SS3}A`, key: 'Up', source: 'xterm', label: 'Up'},
	{sequence: `${SS3}B`, key: 'Down', source: 'xterm', label: 'Down'},
	{sequence: `${SS3}C`, key: 'Right', source: 'xterm', label: 'Right'},
	{sequence: `${SS3}D`, key: 'Left', source: 'xterm', label: 'Left'},
	{sequence: `${CSI}H`, key: 'Home', source: 'xterm', label: 'Home'},
	{sequence: `${SS3}H`, key: 'Home', source: 'xterm', label: 'Home'},
	{sequence: `${CSI}1~`, key: 'Home', source: 'vt220', label: 'Home'},
	{sequence: `${CSI}7~`, key: 'Home', source: 'rxvt', label: 'Home'},
	{sequence: `${CSI}F`, key: 'End', source: 'xterm', label: 'End'},
	{sequence: `${SS3}F`, key: 'End', source: 'xterm', label: 'End'},
	{sequence: `${CSI}4~`, key: 'End', source: 'vt220', label: 'End'},
	{sequence: `${CSI}8~`, key: 'End', source: 'rxvt', label: 'End'},
	{sequence: `${CSI}2~`, key: 'Insert', source: 'xterm', label: 'Insert'},
	{sequence: `${CSI}3~`, key: 'Delete', source: 'xterm', label: 'Delete'},
	{sequence: '\u007F', key: 'Backspace', source: 'control', label: 'Backspace'},
	{sequence: '\b', key: 'Backspace', source: 'control', label: 'Ctrl+H'},
	{sequence: `${CSI}5~`, key: 'RollDown', source: 'xterm', label: 'PageUp'},
	{sequence: `${CSI}6~`, key: 'RollUp', source: 'xterm', label: 'PageDown'},
	{sequence: `${CSI}3;5~`, key: 'EraseEOF', source: 'xterm', label: 'Ctrl+Delete'},
	{sequence: `${CSI}1;3F`, key: 'EraseInput', source: 'xterm', label: 'Alt+End'},
	{sequence: `${CSI}2;2~`, key: 'Dup', source: 'xterm', label: 'Shift+Insert'},
	{sequence: `${CSI}13;5u`, key: 'FieldExit', source: 'kitty', label: 'Ctrl+Enter'},
	{sequence: `${CSI}27;5;13~`, key: 'FieldExit', source: 'xterm', label: 'Ctrl+Enter'},
	{sequence: `${CSI}13;2u`, key: 'NewLine', source: 'kitty', label: 'Shift+Enter'},
	{sequence: `${SS3}k`, key: 'FieldPlus', source: 'xterm', label: 'keypad +'},
	{sequence: `${SS3}m`, key: 'FieldMinus', source: 'xterm', label: 'keypad -'},
];

const CONTROL_ROWS: KeyBinding[] = [
	{sequence: '\u000B', key: 'FieldExit', source: 'control', label: 'Ctrl+K'},
	{sequence: '\u0012', key: 'Reset', source: 'control', label: 'Ctrl+R'},
	{sequence: '\u0005', key: 'EraseEOF', source: 'control', label: 'Ctrl+E'},
	{sequence: '\u000F', key: 'Home', source: 'control', label: 'Ctrl+O'},
	{sequence: '\u0006', key: 'RollUp', source: 'control', label: 'Ctrl+F'},
	{sequence: '\u0004', key: 'RollUp', source: 'control', label: 'Ctrl+D'},
	{sequence: '\u0015', key: 'RollDown', source: 'control', label: 'Ctrl+U'},
	{sequence: '\u0018', key: 'FieldPlus', source: 'control', label: 'Ctrl+X'},
	{sequence: '\u0010', key: 'Print', source: 'control', label: 'Ctrl+P'},
	{sequence: '\u000C', key: 'RefreshScreen', source: 'control', label: 'Ctrl+L'},
	// tn5250's Attn (keys-5250.md §6; inside GNU screen Ctrl+A is screen's own: use Esc A there).
	{sequence: '\u0001', key: 'Attn', source: 'control', label: 'Ctrl+A'},
	{sequence: '\u0003', key: 'Interrupt', source: 'control', label: 'Ctrl+C'},
];

// What may follow Esc (a lone Esc arms the prefix; Alt+x sends the same bytes as Esc x).
function escRows(): KeyBinding[] {
	const rows: KeyBinding[] = [];
	'1234567890-='.split('').forEach((character, index) => {
		rows.push({sequence: character, key: fKey(index + 1), source: 'esc', label: `Esc ${character}`});
	});
	'!@#$%^&*()_+'.split('').forEach((character, index) => {
		rows.push({sequence: character, key: fKey(index + 13), source: 'esc', label: `Esc ${character}`});
	});
	const letters: Array<[string, KeyName]> = [
		['x', 'FieldExit'],
		['m', 'FieldMinus'],
		['e', 'EraseInput'],
		['i', 'Insert'],
		['d', 'Dup'],
		['r', 'Reset'],
		['h', 'Help'],
		['a', 'Attn'],
		['s', 'SysReq'],
		['p', 'Print'],
		['c', 'Clear'],
		['l', 'RefreshScreen'],
		['q', 'Quit'],
	];
	for (const [letter, key] of letters) {
		rows.push({sequence: letter, key, source: 'esc', label: `Esc ${letter.toUpperCase()}`});
		rows.push({sequence: letter.toUpperCase(), key, source: 'esc', label: `Esc ${letter.toUpperCase()}`});
	}
	rows.push({sequence: '\u0015', key: 'Tab', source: 'esc', label: 'Esc Ctrl+U'});
	rows.push({sequence: '\b', key: 'BackTab', source: 'esc', label: 'Esc Ctrl+H'});
	rows.push({sequence: '\r', key: 'NewLine', source: 'esc', label: 'Esc Enter'});
	return rows;
}

/** The default key map. Esc followed by F1..F12 means F13..F24 (applied by the decoder). */
export const DEFAULT_KEY_TABLE: readonly KeyBinding[] = [...functionKeyRows(), ...CURSOR_ROWS, ...CONTROL_ROWS, ...escRows()];

/**
 * The key map with a user's own rows laid over it: a row for a sequence the map already has
 * replaces that row; a new sequence is added.
 */
export function withOverrides(table: readonly KeyBinding[], overrides: readonly KeyBinding[]): KeyBinding[] {
	const replaced = new Set(overrides.map(row => `${row.source === 'esc' ? 'esc' : 'direct'}:${row.sequence}`));
	const kept = table.filter(row => !replaced.has(`${row.source === 'esc' ? 'esc' : 'direct'}:${row.sequence}`));
	return [...overrides, ...kept];
}
