// The 5250 keys brms-tui knows (shared/spec/keys-5250.md §3.1). Panels react to these names,
// never to terminal bytes.

export const FUNCTION_KEYS = [
	'F1',
	'F2',
	'F3',
	'F4',
	'F5',
	'F6',
	'F7',
	'F8',
	'F9',
	'F10',
	'F11',
	'F12',
	'F13',
	'F14',
	'F15',
	'F16',
	'F17',
	'F18',
	'F19',
	'F20',
	'F21',
	'F22',
	'F23',
	'F24',
] as const;

export type FunctionKey = (typeof FUNCTION_KEYS)[number];

export const KEY_NAMES = [
	...FUNCTION_KEYS,
	'Enter',
	'FieldExit',
	'FieldPlus',
	'FieldMinus',
	'Tab',
	'BackTab',
	'Up',
	'Down',
	'Left',
	'Right',
	'Home',
	'End',
	'NewLine',
	'Insert',
	'Delete',
	'Backspace',
	'EraseEOF',
	'EraseInput',
	'Dup',
	'Reset',
	'Help',
	'Attn',
	'SysReq',
	'Print',
	'Clear',
	'RollUp',
	'RollDown',
	'RefreshScreen',
	'Quit',
	'Interrupt',
] as const;

export type KeyName = (typeof KEY_NAMES)[number];

/** What one terminal input event means to a 5250. */
export type Keystroke =
	| {kind: 'key'; name: KeyName; raw: string}
	| {kind: 'char'; char: string; raw: string}
	/** Esc was pressed: the next key is read with the Esc-prefix table. */
	| {kind: 'prefix'; raw: string}
	| {kind: 'unknown'; raw: string};

export function isFunctionKey(name: KeyName): name is FunctionKey {
	return /^F\d+$/.test(name);
}

/** F1 → 1, F24 → 24. */
export function functionKeyNumber(name: FunctionKey): number {
	return Number(name.slice(1));
}
