// A trainee's progress as values: a step passed moves on, the last one completes the lesson with
// its time and hints; hints are counted per step; a new attempt starts over and keeps the first
// completion; the report row says where the trainee is and what is still different.

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {BUILT_IN_LESSONS} from '../../source/domain/lessons/built-in.js';
import {nextHint, reportRow, startAttempt, statusOf, stepChecked, touched} from '../../source/domain/lessons/progress.js';

const lesson = BUILT_IN_LESSONS.find(each => each.id === 'READ-QLTSSVR')!;
const at = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 11, 1, 9, minutes, seconds));

test('steps pass one by one; the last completes the lesson with its time taken and hints used', () => {
	let progress = startAttempt(undefined, lesson, at(0));
	assert.equal(statusOf(progress), 'in progress');
	progress = nextHint(progress, lesson, at(1))!.progress;
	progress = stepChecked(progress, lesson, ['The screen shows <WRKCTLGBRM> → <DISPLAY-ENTRIES>'], at(2));
	assert.deepEqual(reportRow('ann', lesson, progress), {
		trainee: 'ann',
		lesson: 'READ-QLTSSVR',
		title: lesson.title,
		status: 'in progress',
		timeTakenMs: 120_000,
		hintsUsed: 1,
		attempts: 1,
		step: 1,
		steps: 3,
		failedChecks: ['The screen shows <WRKCTLGBRM> → <DISPLAY-ENTRIES>'],
	});
	for (const [index, minute] of [3, 5, 12].entries()) {
		progress = stepChecked(progress, lesson, [], at(minute, 5));
		assert.equal(progress.current.step, index + 1);
	}
	assert.equal(statusOf(progress), 'done');
	assert.deepEqual(progress.completed, {at: at(12, 5).toISOString(), timeTakenMs: 725_000, hintsUsed: 1});
	assert.deepEqual(reportRow('ann', lesson, progress).failedChecks, []);
	// Checked again after the end: nothing moves.
	assert.equal(stepChecked(progress, lesson, [], at(20)), progress);
});

test('hints are shown one at a time per step and run out; each shown is counted', () => {
	const step2 = stepChecked(startAttempt(undefined, lesson, at(0)), lesson, [], at(1));
	const first = nextHint(step2, lesson, at(2))!;
	assert.equal(first.hint, lesson.steps[1]!.hints[0]);
	const second = nextHint(first.progress, lesson, at(3))!;
	assert.equal(second.hint, lesson.steps[1]!.hints[1]);
	assert.equal(nextHint(second.progress, lesson, at(4)), undefined);
	assert.deepEqual(second.progress.current.hintsByStep, [0, 2, 0]);
});

test('a new attempt starts from step 1 with no hints, counts the attempts and keeps the first completion', () => {
	let progress = startAttempt(undefined, lesson, at(0));
	for (const minute of [1, 2, 3]) progress = stepChecked(progress, lesson, [], at(minute));
	const again = startAttempt(progress, lesson, at(30));
	assert.deepEqual({attempts: again.attempts, step: again.current.step, completed: again.completed}, {attempts: 2, step: 0, completed: progress.completed});
	assert.equal(statusOf(again), 'done');
	// Leaving: the time so far ends then.
	assert.equal(reportRow('ann', lesson, touched(stepChecked(startAttempt(undefined, lesson, at(0)), lesson, ['x'], at(1)), at(7))).timeTakenMs, 420_000);
});
