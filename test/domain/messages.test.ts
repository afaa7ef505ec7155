import assert from 'node:assert/strict';
import {test} from 'node:test';
import {ATTRIBUTE_DEFINITIONS, attributeTitle} from '../../source/domain/attributes.js';
import {checkScheduleEntry, defaultScheduleEntry, type ScheduleEntry} from '../../source/domain/job-schedule.js';
import {MESSAGE_LINE_WIDTH, MESSAGES, message} from '../../source/domain/messages.js';
import {checkStrbkubrm, DEFAULT_REQUEST, parseStartingSequence, type StrbkubrmRequest} from '../../source/domain/strbkubrm.js';
import {KIT_MESSAGES, OPERATOR_ERRORS} from '../../source/ui/fields/operator-errors.js';

test('every message ID is used once across the domain and the display kit', () => {
	const ids = [...Object.values(MESSAGES), ...Object.values(KIT_MESSAGES), ...Object.values(OPERATOR_ERRORS)].map(each => each.id);
	assert.equal(new Set(ids).size, ids.length);
});

test('brms-tui IDs are marked unverified and never look like IBM message IDs', () => {
	for (const [key, definition] of Object.entries(MESSAGES)) {
		assert.match(definition.id, /^TUI\d{4}$/, key);
		assert.equal(definition.verified, false, key);
	}
});

test('substitution variables are filled in order, in the text and in the help', () => {
	const filled = message('swaNotValid', '*SYNC', 'library items', '*NO, *YES');
	assert.deepEqual(filled, {
		id: 'TUI0209',
		text: 'Save while active *SYNC not valid for library items.',
		help: {cause: 'Library items and link items take different save-while-active values.', recovery: 'Use one of: *NO, *YES.'},
	});
});

/** A value as long as it can be: wide letters, so nothing is shorter than it could be. */
const longest = (length: number) => 'W'.repeat(length);

test('every message of the table fits line 24 with the longest values it can take', () => {
	for (const [key, definition] of Object.entries(MESSAGES)) {
		const used = [...definition.text.matchAll(/&(\d+)/g)].map(match => Number(match[1]));
		const lengths: readonly number[] = 'values' in definition ? definition.values : [];
		for (const index of used) assert.ok(lengths[index - 1] !== undefined, `${key}: &${index} has a declared length`);
		const text = message(key as keyof typeof MESSAGES, ...lengths.map(longest)).text;
		assert.ok(text.length <= MESSAGE_LINE_WIDTH, `${key} (${text.length}): ${text}`);
		assert.ok(definition.help.cause.length > 0 && definition.help.recovery.length > 0, `${key} has second-level text`);
	}
});

test('every message of the display kit and every operator error fits line 24, with its help', () => {
	for (const [key, each] of Object.entries({...KIT_MESSAGES, ...OPERATOR_ERRORS})) {
		assert.ok(each.text.length <= MESSAGE_LINE_WIDTH, `${key}: ${each.text}`);
		assert.ok(each.help.cause.length > 0 && each.help.recovery.length > 0, key);
	}
});

test('the STRBKUBRM prompt refusals fit line 24 with the longest value each field takes', () => {
	// The prompt's fields and their lengths (panels/start-backup): every refusal each can cause.
	const requests: Array<Partial<StrbkubrmRequest>> = [
		{controlGroup: `1${longest(9)}`},
		{scheduleTime: longest(8)},
		{submitJob: longest(7)},
		{startingSequence: {start: longest(6), end: '*LAST'}},
		{startingSequence: {start: '9999', end: longest(6)}},
		{activity: longest(10)},
		{retention: {type: longest(10), value: ''}},
		{retention: {type: '*DAYS', value: longest(4)}},
		{retention: {type: '*PERM', value: longest(4)}},
		{append: longest(10)},
		{jobDescription: longest(21)},
		{jobQueue: longest(21)},
		{omits: longest(8)},
	];
	let refusals = 0;
	for (const change of requests) {
		for (const problem of checkStrbkubrm({...DEFAULT_REQUEST, controlGroup: 'SYSWODOM', ...change})) {
			refusals++;
			assert.ok(message('strbkubrmValueNotValid', problem.text).text.length <= MESSAGE_LINE_WIDTH, problem.text);
		}
	}
	assert.equal(refusals, requests.length, 'each request is refused once');
	const extra = parseStartingSequence('10 20 30');
	assert.ok('text' in extra && extra.text.length <= MESSAGE_LINE_WIDTH, JSON.stringify(extra));
});

test('the job schedule entry refusals fit line 24 with the longest value each field takes', () => {
	const entry: ScheduleEntry = {...defaultScheduleEntry('SYSWODOM'), scheduleTime: '2300', text: ''};
	// Command to run: the three lines of the prompt (37 columns each), whatever is typed in them.
	const command = (text: string) => ({command: text.slice(0, 3 * 37)});
	const changes: Array<Partial<ScheduleEntry>> = [
		{job: `1${longest(9)}`},
		command(longest(111)),
		command(`STRBKUBRM ${longest(98)}`),
		command(`STRBKUBRM CTLGRP(X) ${longest(80)}(Y)`),
		command(`STRBKUBRM CTLGRP(X) ${longest(20)} ${longest(60)}`),
		command(`STRBKUBRM CTLGRP(${longest(10)}) JOBQ(${longest(70)})`),
		command(`STRBKUBRM CTLGRP(1${longest(9)}) RETENTION(*DAYS ${longest(10)})`),
		command(`STRBKUBRM CTLGRP(X) RETENTION(*DAYS 1 ${longest(8)})`),
		command(`STRBKUBRM CTLGRP(X) STRSEQ(1 2 ${longest(8)})`),
		command(`STRBKUBRM CTLGRP(X) JOBD(${longest(21)})`),
		{frequency: longest(8)},
		{scheduleDate: longest(10)},
		{scheduleDays: [longest(35)]},
		{scheduleTime: longest(8)},
		{text: longest(51)},
	];
	for (const change of changes) {
		const [problem] = checkScheduleEntry({...entry, ...change});
		assert.ok(problem, JSON.stringify(change));
		assert.ok(message('scheduleValueNotValid', problem.text).text.length <= MESSAGE_LINE_WIDTH, problem.text);
	}
});

test('every attribute title fits the length the attribute messages declare for it', () => {
	const [, declared] = MESSAGES.attributeNotValid.values;
	assert.equal(MESSAGES.attributeValuesNotValid.values[0], declared);
	for (const definition of ATTRIBUTE_DEFINITIONS) assert.ok(attributeTitle(definition).length <= declared, attributeTitle(definition));
});
