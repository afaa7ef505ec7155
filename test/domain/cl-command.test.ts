import assert from 'node:assert/strict';
import {test} from 'node:test';
import {clCommandText, isBalancedValue, parseClCommand} from '../../source/domain/cl-command.js';

test('a CL command splits into its name and its parameters: keywords, positional values, nested parentheses and quotes kept', () => {
	assert.deepEqual(parseClCommand("savdombrm server(DOM1)  ctlgrp(QLTSSVR) text('it''s (one) value')"), {
		name: 'SAVDOMBRM',
		parameters: [
			{keyword: 'SERVER', value: 'DOM1'},
			{keyword: 'CTLGRP', value: 'QLTSSVR'},
			{keyword: 'TEXT', value: "'it''s (one) value'"},
		],
	});
	assert.deepEqual(parseClCommand('CALL QGPL/STARTAPP PARM(A (B C))'), {
		name: 'CALL',
		parameters: [
			{keyword: undefined, value: 'QGPL/STARTAPP'},
			{keyword: 'PARM', value: 'A (B C)'},
		],
	});
	assert.equal(parseClCommand('QGPL/MYCMD')?.name, 'QGPL/MYCMD');
	for (const bad of ['', 'SAVDOMBRM SERVER(DOM1', "SAVDOMBRM TEXT('open)", 'X)Y', '1BAD', 'SAVDOMBRM A)(']) assert.equal(parseClCommand(bad), undefined, bad);
});

test('typed out again: the same command; a blank value leaves its parameter out', () => {
	const typed = "SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR) TEXT('it''s')";
	const command = parseClCommand(typed)!;
	assert.equal(clCommandText(command), typed);
	assert.equal(
		clCommandText({...command, parameters: command.parameters.map(each => (each.keyword === 'TEXT' ? {...each, value: ' '} : each))}),
		'SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)',
	);
	assert.equal(isBalancedValue('A (B)'), true);
	assert.equal(isBalancedValue('A (B'), false);
	assert.equal(isBalancedValue("'x"), false);
});
