// What "Lessons" and "Display Lesson" draw: brms-tui's own list panel of the lessons for new
// staff (Opt, lesson, status, title), and one lesson's summary and steps, paged with Roll.

import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, dottedLabel, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE, wrapText} from '../../ui/layout.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, type SubfileWindow, visibleIndexes} from '../../ui/subfile.js';
import type {LessonDetail, LessonRow} from '../services.js';

export const TITLE = 'Lessons';
export const DETAIL_TITLE = 'Display Lesson';

const FIRST = 9;
const PAGE = 12;
const COLUMN = {opt: 2, lesson: 7, status: 24, title: 38} as const;

export const optId = (index: number) => `opt:${index}`;

export type LessonsView = {systemName: string; trainee: string; lessons: readonly LessonRow[]; top: number};

export function window(state: LessonsView): SubfileWindow {
	return {top: state.top, pageSize: PAGE, total: state.lessons.length};
}

export function fields(state: LessonsView): FieldDefinition[] {
	return visibleIndexes(window(state)).map((index, line) => ({id: optId(index), row: FIRST + line, col: COLUMN.opt, length: 2, kind: 'digits'}));
}

/** "in progress" shows the step the trainee is on. */
function statusText(row: LessonRow): string {
	if (row.later) return 'later';
	return row.status === 'in progress' && row.step !== undefined ? `step ${row.step} of ${row.steps}` : row.status;
}

export function body(state: LessonsView, size: PanelSize): Run[] {
	return [
		...titleRuns(TITLE, state.systemName, size),
		textRun(3, 2, `${dottedLabel('Trainee', 22, ':')}   ${state.trainee}`),
		textRun(5, 2, 'Type options, press Enter.', BLUE),
		textRun(6, 3, '1=Start   5=Show', BLUE),
		textRun(8, 2, 'Opt  Lesson           Status        Title', WHITE),
		...visibleIndexes(window(state)).flatMap((index, line) => {
			const row = state.lessons[index]!;
			return [
				textRun(FIRST + line, COLUMN.lesson, row.id, GREEN),
				textRun(FIRST + line, COLUMN.status, statusText(row), row.status === 'done' ? WHITE : GREEN),
				textRun(FIRST + line, COLUMN.title, row.title.slice(0, size.cols - COLUMN.title), GREEN),
			];
		}),
		...(state.lessons.length > 0 ? [scrollIndicatorRun(FIRST + PAGE, hasMore(window(state)))] : [textRun(FIRST, COLUMN.lesson, '(No lessons)', GREEN)]),
	];
}

// Display Lesson: a header, then the lesson's text as lines that Roll pages.

const DETAIL_FIRST = 8;
export const DETAIL_PAGE = 13;

export type DetailView = {systemName: string; lesson: LessonDetail; status: string; top: number};

/** The summary, then each step (its number, its text), wrapped to the panel. */
export function detailLines(lesson: LessonDetail): Array<{text: string; color: 'white' | 'green'}> {
	const wrap = (text: string, indent: number) => wrapText(text, 77 - indent).map(line => ({text: `${' '.repeat(indent)}${line}`, color: 'green' as const}));
	return [
		...lesson.summary.flatMap(line =>
			/^ {0,3}\S/.test(line) && line.length <= 77 && / {2}/.test(line) ? [{text: line, color: 'green' as const}] : wrap(line, 0),
		),
		{text: '', color: 'green'},
		...lesson.steps.flatMap((step, index) => [{text: `Step ${index + 1}`, color: 'white' as const}, ...step.text.flatMap(line => wrap(line, 2))]),
		...(lesson.later ? [{text: '', color: 'green' as const}, {text: 'Not ready yet', color: 'white' as const}, ...wrap(lesson.later, 2)] : []),
	];
}

export function detailWindow(state: DetailView): SubfileWindow {
	return {top: state.top, pageSize: DETAIL_PAGE, total: detailLines(state.lesson).length};
}

export function detailBody(state: DetailView, size: PanelSize): Run[] {
	const lines = detailLines(state.lesson);
	const label = (row: number, name: string, value: string) => textRun(row, 2, `${dottedLabel(name, 22, ':')}   ${value}`.slice(0, size.cols - 2));
	return [
		...titleRuns(DETAIL_TITLE, state.systemName, size),
		label(3, 'Lesson', state.lesson.id),
		label(4, 'Title', state.lesson.title),
		label(5, 'Status', state.status),
		label(6, 'From', state.lesson.source),
		...visibleIndexes(detailWindow(state)).map((index, line) =>
			textRun(DETAIL_FIRST + line, 2, lines[index]!.text, lines[index]!.color === 'white' ? WHITE : GREEN),
		),
		scrollIndicatorRun(DETAIL_FIRST + DETAIL_PAGE, hasMore(detailWindow(state))),
	];
}
