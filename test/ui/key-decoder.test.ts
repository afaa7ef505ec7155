import assert from 'node:assert/strict';
import {test} from 'node:test';
import {KeyDecoder} from '../../source/ui/keys/decoder.js';
import type {Keystroke} from '../../source/ui/keys/key-names.js';
import {DEFAULT_KEY_TABLE, withOverrides} from '../../source/ui/keys/key-table.js';

const ESC = '\u001B';

function names(keystrokes: Keystroke[]): string[] {
	return keystrokes.map(keystroke => (keystroke.kind === 'key' ? keystroke.name : keystroke.kind === 'char' ? `'${keystroke.char}'` : keystroke.kind));
}

function decode(...events: string[]): string[] {
	const decoder = new KeyDecoder();
	return events.flatMap(event => names(decoder.feed(event, 1000)));
}

// The sequences of keys-5250.md §5.1, written out independently of the key table.
const SPEC_SEQUENCES: Array<[string, string, string]> = [
	['xterm F1', `${ESC}OP`, 'F1'],
	['xterm F2', `${ESC}OQ`, 'F2'],
	['xterm F3', `${ESC}OR`, 'F3'],
	['xterm F4', `${ESC}OS`, 'F4'],
	['F5', `${ESC}[15~`, 'F5'],
	['F6', `${ESC}[17~`, 'F6'],
	['F7', `${ESC}[18~`, 'F7'],
	['F8', `${ESC}[19~`, 'F8'],
	['F9', `${ESC}[20~`, 'F9'],
	['F10', `${ESC}[21~`, 'F10'],
	['F11', `${ESC}[23~`, 'F11'],
	['F12', `${ESC}[24~`, 'F12'],
	['xterm Shift+F1', `${ESC}[1;2P`, 'F13'],
	['xterm Shift+F4', `${ESC}[1;2S`, 'F16'],
	['xterm Shift+F5', `${ESC}[15;2~`, 'F17'],
	['xterm Shift+F10', `${ESC}[21;2~`, 'F22'],
	['xterm Shift+F11', `${ESC}[23;2~`, 'F23'],
	['xterm Shift+F12', `${ESC}[24;2~`, 'F24'],
	['VT220 F1', `${ESC}[11~`, 'F1'],
	['VT220 F4', `${ESC}[14~`, 'F4'],
	['VT220 F13', `${ESC}[25~`, 'F13'],
	['VT220 F14', `${ESC}[26~`, 'F14'],
	['VT220 F15', `${ESC}[28~`, 'F15'],
	['VT220 F20', `${ESC}[34~`, 'F20'],
	['rxvt Shift+F11', `${ESC}[23$`, 'F23'],
	['rxvt Shift+F12', `${ESC}[24$`, 'F24'],
	['Linux console F1', `${ESC}[[A`, 'F1'],
	['Linux console F5', `${ESC}[[E`, 'F5'],
	['kitty F3', `${ESC}[13~`, 'F3'],
	['kitty F13', `${ESC}[57376u`, 'F13'],
	['kitty F24', `${ESC}[57387u`, 'F24'],
	['PageUp is Roll Down', `${ESC}[5~`, 'RollDown'],
	['PageDown is Roll Up', `${ESC}[6~`, 'RollUp'],
	['Backspace 0x7F', '\u007F', 'Backspace'],
	['Backspace 0x08', '\b', 'Backspace'],
	['Delete', `${ESC}[3~`, 'Delete'],
	['Insert', `${ESC}[2~`, 'Insert'],
	['Home CSI H', `${ESC}[H`, 'Home'],
	['Home tmux', `${ESC}[1~`, 'Home'],
	['End', `${ESC}[F`, 'End'],
	['Shift+Tab', `${ESC}[Z`, 'BackTab'],
	['Tab', '\t', 'Tab'],
	['Enter', '\r', 'Enter'],
	['Up', `${ESC}[A`, 'Up'],
	['Down application mode', `${ESC}OB`, 'Down'],
	['Ctrl+K Field Exit', '\u000B', 'FieldExit'],
	['Ctrl+Enter Field Exit (CSI-u)', `${ESC}[13;5u`, 'FieldExit'],
	['Ctrl+R Reset', '\u0012', 'Reset'],
	['Ctrl+E Erase EOF', '\u0005', 'EraseEOF'],
	['Ctrl+C', '\u0003', 'Interrupt'],
];

for (const [label, sequence, expected] of SPEC_SEQUENCES) {
	test(`decodes ${label}`, () => {
		assert.deepEqual(decode(sequence), [expected]);
	});
}

test('every row of the key table decodes to its own key', () => {
	for (const binding of DEFAULT_KEY_TABLE.filter(each => each.source !== 'esc')) {
		// A row shadowed by an earlier one with the same bytes would be unreachable.
		assert.deepEqual(decode(binding.sequence), [binding.key], `${binding.label} ${JSON.stringify(binding.sequence)}`);
	}
});

test('Esc then a digit-row key is F1..F12, typed as two events or as Alt+key in one', () => {
	const digits = '1234567890-=';
	for (const [index, character] of Array.from(digits).entries()) {
		assert.deepEqual(decode(ESC, character), ['prefix', `F${index + 1}`]);
		assert.deepEqual(decode(ESC + character), [`F${index + 1}`]);
	}
});

test('Esc then a shifted digit-row key is F13..F24', () => {
	for (const [index, character] of Array.from('!@#$%^&*()_+').entries()) {
		assert.deepEqual(decode(ESC, character), ['prefix', `F${index + 13}`]);
	}
});

test('Esc then F1..F12 is F13..F24, also when the two arrive glued together', () => {
	assert.deepEqual(decode(ESC, `${ESC}OP`), ['prefix', 'F13']);
	assert.deepEqual(decode(ESC, `${ESC}[24~`), ['prefix', 'F24']);
	assert.deepEqual(decode(`${ESC}${ESC}OR`), ['F15']);
});

test('Esc prefix letters reach the keys a PC keyboard lacks', () => {
	assert.deepEqual(decode(ESC, 'x'), ['prefix', 'FieldExit']);
	assert.deepEqual(decode(ESC, 'R'), ['prefix', 'Reset']);
	assert.deepEqual(decode(ESC, 'i'), ['prefix', 'Insert']);
	assert.deepEqual(decode(ESC, 'h'), ['prefix', 'Help']);
	assert.deepEqual(decode(ESC, 'q'), ['prefix', 'Quit']);
});

test('a second Esc cancels the prefix, and the prefix times out after 1.5 s', () => {
	const decoder = new KeyDecoder();
	assert.deepEqual(names(decoder.feed(ESC, 0)), ['prefix']);
	assert.deepEqual(names(decoder.feed(ESC, 100)), []);
	assert.deepEqual(names(decoder.feed('1', 200)), ["'1'"]);
	assert.deepEqual(names(decoder.feed(ESC, 1000)), ['prefix']);
	assert.equal(decoder.prefixArmed(2000), true);
	assert.equal(decoder.prefixArmed(2600), false);
	assert.deepEqual(names(decoder.feed('1', 2600)), ["'1'"]);
});

test('a run of typed text becomes one keystroke per character, control characters included', () => {
	assert.deepEqual(decode('2\r'), ["'2'", 'Enter']);
	assert.deepEqual(decode('ab\tc'), ["'a'", "'b'", 'Tab', "'c'"]);
	assert.deepEqual(decode('é'), ["'é'"]);
});

test('Attn is Ctrl+A (as in tn5250) and Esc A', () => {
	assert.deepEqual(decode('\u0001'), ['Attn']);
	assert.deepEqual(decode(`${ESC}a`), ['Attn']);
});

test('an unknown sequence is reported as unknown, never as text', () => {
	assert.deepEqual(decode(`${ESC}[99~`), ['unknown']);
	assert.deepEqual(decode('\u0002'), ['unknown']);
	// Ctrl+F1 crashed Ink 6.8's useInput (issue #901); here it is simply not in the table.
	assert.deepEqual(decode(`${ESC}[1;5P`), ['unknown']);
});

test('a user row replaces the default row with the same bytes; an Esc row only the Esc row', () => {
	const table = withOverrides(DEFAULT_KEY_TABLE, [
		{sequence: `${ESC}[25~`, key: 'F15', source: 'xterm', label: 'Shift+F3 (PuTTY)'},
		{sequence: '3', key: 'F13', source: 'esc', label: 'Esc 3'},
	]);
	const decoder = new KeyDecoder(table);
	assert.deepEqual(names(decoder.feed(`${ESC}[25~`, 0)), ['F15']);
	assert.deepEqual(names(decoder.feed(ESC, 0)), ['prefix']);
	assert.deepEqual(names(decoder.feed('3', 1)), ['F13']);
	assert.deepEqual(names(decoder.feed('3', 2)), ["'3'"], 'typing 3 without Esc is still the digit');
	assert.equal(table.filter(row => row.sequence === `${ESC}[25~`).length, 1);
});
