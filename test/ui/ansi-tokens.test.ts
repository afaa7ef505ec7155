// tokenizeLine's fast path (printable ASCII and SGR codes) gives exactly what
// @alcalzone/ansi-tokenize's tokenize gives, on seeded random lines that mix what a panel draws
// with what it must leave to tokenize: compound and 256/true-colour codes, broken escapes,
// control characters, links, wide and combined characters.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {tokenize} from '@alcalzone/ansi-tokenize';
import {tokenizeLine} from '../../source/ui/screen/ansi-tokens.js';
import {random, reportSeed, seedOr} from '../helpers/seed.js';

const PIECES = [
	'Control',
	' ',
	'   ',
	'*SYSBAS',
	'~{}|',
	'\u001B[m',
	'\u001B[0m',
	'\u001B[4m',
	'\u001B[24m',
	'\u001B[7m',
	'\u001B[27m',
	'\u001B[1;4;7m',
	'\u001B[38;5;12m',
	'\u001B[38;2;10;20;30m',
	'\u001B[39m',
	'\u001B[32;49m',
	'\u001B[',
	'\u001B[4',
	'\u001B[?25h',
	'\u001B]8;;https://ibm.com\u0007link\u001B]8;;\u0007',
	'\t',
	'\r',
	'\u0007',
	'é',
	'e\u0301',
	'日本',
	'\u{1F600}',
	'\u2764\uFE0F',
];

test('tokenizeLine gives tokenize’s tokens, line for line (fast path or not)', t => {
	const seed = seedOr();
	reportSeed(t, seed, 'ansi-tokens');
	const next = random(seed);
	let fast = 0;
	for (let round = 0; round < 3000; round++) {
		// Most lines only from the panel's pieces (the fast path), some with anything.
		const plainOnly = next() < 0.5;
		const pool = plainOnly ? PIECES.filter(piece => /^(?:[\x20-\x7e]|\u001B\[[0-9;]*m)+$/.test(piece)) : PIECES;
		const line = Array.from({length: Math.floor(next() * 12)}, () => pool[Math.floor(next() * pool.length)]).join('');
		if (plainOnly) fast++;
		assert.deepEqual(tokenizeLine(line), tokenize(line), `seed ${seed}, round ${round}: ${JSON.stringify(line)}`);
	}
	assert.ok(fast > 1000, 'the fast path was tried');
});

test('a panel row: characters one column each, the codes split as tokenize splits them', () => {
	assert.deepEqual(tokenizeLine('\u001B[1;4mAB\u001B[22;24m'), [
		{type: 'ansi', code: '\u001B[1m', endCode: '\u001B[22m'},
		{type: 'ansi', code: '\u001B[4m', endCode: '\u001B[24m'},
		{type: 'char', value: 'A', fullWidth: false},
		{type: 'char', value: 'B', fullWidth: false},
		{type: 'ansi', code: '\u001B[22m', endCode: '\u001B[22m'},
		{type: 'ansi', code: '\u001B[24m', endCode: '\u001B[24m'},
	]);
});
