import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {BUILT_IN_LESSONS} from '../../source/domain/lessons/built-in.js';
import {startAttempt} from '../../source/domain/lessons/progress.js';
import {LessonProgressStore} from '../../source/store/lesson-progress.js';
import {StoreFormatError} from '../../source/store/store-document.js';

test('lesson progress: opening and reading write nothing; a save is one whole 0600 file, read back as saved', () => {
	const home = join(mkdtempSync(join(tmpdir(), 'brms-tui-progress-')), 'made');
	const store = new LessonProgressStore({BRMS_TUI_HOME: home});
	assert.deepEqual(store.trainees(), {});
	assert.equal(existsSync(home), false, 'reading made the folder');
	const lesson = BUILT_IN_LESSONS[0]!;
	const progress = startAttempt(undefined, lesson, new Date('2026-12-04T08:00:00Z'));
	store.save('ANNA', lesson.id, progress);
	assert.equal(statSync(store.path).mode & 0o777, 0o600);
	assert.equal(statSync(home).mode & 0o777, 0o700);
	assert.deepEqual(readdirSync(home), ['lessons-progress.json'], 'a temp file was left');
	assert.deepEqual(new LessonProgressStore({BRMS_TUI_HOME: home}).lessons('ANNA'), {[lesson.id]: progress});
	assert.equal(JSON.parse(readFileSync(store.path, 'utf8')).trainees.ANNA[lesson.id].attempts, 1);
});

test('lesson progress: a damaged file is named and left as it is', () => {
	const home = mkdtempSync(join(tmpdir(), 'brms-tui-progress-'));
	writeFileSync(join(home, 'lessons-progress.json'), '{"format": "brms-tui/lesson-progress", "trainees": 7');
	const store = new LessonProgressStore({BRMS_TUI_HOME: home});
	assert.throws(
		() => store.trainees(),
		(error: unknown) => error instanceof StoreFormatError && error.kind === 'corrupt' && error.path === store.path,
	);
	assert.equal(readFileSync(store.path, 'utf8'), '{"format": "brms-tui/lesson-progress", "trainees": 7');
});
