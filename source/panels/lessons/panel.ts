// "Lessons" — brms-tui's own panel (BRMS has no lessons): `brms-tui learn` opens it. One line
// per lesson with the trainee's status; 1=Start makes the lesson's sandbox anew and opens
// WRKCTLGBRM on it (the lesson's steps beside it, or on Attn), 5=Show shows the lesson.

import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {Keystroke} from '../../ui/keys/key-names.js';
import {instance, open, type Panel, type PanelInstance, type PanelState, type Transition} from '../../ui/panel/panel.js';
import {listLessons, readLesson, startLesson} from '../effects.js';
import type {PanelDefinition, PanelId} from '../registry.js';
import type {LessonDetail, LessonRow, LessonServices} from '../services.js';
import {body, DETAIL_TITLE, detailBody, detailWindow, fields, type LessonsView, optId, TITLE, window} from './view.js';

type LessonsState = PanelState & LessonsView;

type LessonsMsg =
	| {type: 'listed'; lessons: LessonRow[]}
	| {type: 'read'; lesson: LessonDetail | undefined; status: string}
	| {type: 'started'; refused: string | undefined; id: string}
	| {type: 'closed'};

type LessonsPanel<S extends PanelState, Msg> = Panel<S, Msg, never, LessonServices> & {id: PanelId};
type Next = Transition<LessonsState, LessonsMsg, never, LessonServices>;

const listed = (lessons: LessonRow[]): LessonsMsg => ({type: 'listed', lessons});

function enter(state: LessonsState): Next {
	const chosen = state.lessons.findIndex((_, index) => fieldValue(state.edit, optId(index)) !== '');
	if (chosen === -1) return {state};
	const option = fieldValue(state.edit, optId(chosen));
	const row = state.lessons[chosen]!;
	const refuse = (said: ReturnType<typeof message>) => ({state: {...state, edit: showError(state.edit, {fieldId: optId(chosen), message: said})}});
	if (option === '5') return {state, effect: readLesson(row.id, (lesson, status) => ({type: 'read', lesson, status}))};
	if (option !== '1') return refuse(message('optionNotValid', option));
	if (row.later) return refuse(message('lessonLater', row.id, row.later));
	return {state, effect: startLesson(row.id, refused => ({type: 'started', refused, id: row.id}))};
}

const panel: LessonsPanel<LessonsState, LessonsMsg> = {
	id: 'LESSONS',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [
		{key: 'F3', label: 'Exit'},
		{key: 'F5', label: 'Refresh'},
		{key: 'F12', label: 'Cancel'},
	],
	hiddenKeys: ['F1'],
	fields,
	body,
	onKey: (state, keystroke: Keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		switch (keystroke.name) {
			case 'F3':
				return {state, effect: {type: 'exit'}};
			case 'F12':
				return {state, effect: {type: 'close'}};
			case 'F5':
				return {state, effect: listLessons(listed)};
			case 'Enter':
				return enter(state);
			default:
				return {state};
		}
	},
	onResult: (state, result) => {
		switch (result.type) {
			case 'listed': {
				const next = {...state, lessons: result.lessons, top: Math.min(state.top, Math.max(0, result.lessons.length - 1))};
				return {state: {...next, edit: createEditState(fields(next))}};
			}
			case 'read':
				if (!result.lesson) return {state: {...state, notice: message('lessonGone')}};
				return {
					state: {...state, edit: createEditState(fields(state))},
					effect: open(displayLesson(state.systemName, result.lesson, result.status), () => ({type: 'closed'})),
				};
			case 'closed':
				return {state};
			case 'started':
				// Started: the lesson's panels replace this one. Refused: why, on line 24.
				return result.refused ? {state: {...state, notice: message('lessonNotStarted', result.id, result.refused)}} : {state};
		}
	},
};

/** The Lessons list as the first panel: it lists the lessons as it opens. */
export function lessonsList(systemName: string, trainee: string): PanelInstance<never, LessonServices> {
	return instance(panel, {systemName, trainee, lessons: [], top: 0, edit: createEditState([])}, listLessons(listed));
}

type DetailState = PanelState & {systemName: string; lesson: LessonDetail; status: string; top: number};

const detail: LessonsPanel<DetailState, never> = {
	id: 'LESSON',
	subfile: {window: detailWindow, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [
		{key: 'F3', label: 'Exit'},
		{key: 'F12', label: 'Cancel'},
	],
	hiddenKeys: ['F1'],
	fields: () => [],
	body: detailBody,
	onKey: (state, keystroke) => {
		if (keystroke.kind !== 'key') return {state};
		if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
		if (keystroke.name === 'Enter' || keystroke.name === 'F12') return {state, effect: {type: 'close'}};
		return {state};
	},
};

function displayLesson(systemName: string, lesson: LessonDetail, status: string): PanelInstance<never, LessonServices> {
	return instance(detail, {systemName, lesson, status, top: 0, edit: createEditState([])});
}

export const LESSONS: PanelDefinition = {
	title: TITLE,
	learn: true,
	help: [
		'The lessons for new staff. Each runs on a sandbox: a copy of the demo system made anew when the lesson starts, which nothing else uses. Type 1 next to a lesson to start it, 5 to read it first. Status says what you did: not started, the step you are on, done; later marks a lesson that waits for something brms-tui does not have yet.',
		'In a lesson the real panels open. Its step stands beside or under the panel on a large terminal; on 80x24 press Attn (Ctrl+A, or Esc A) to read it. Attn, then F10, shows a hint. F3 on any of its panels ends the lesson and comes back here.',
	],
};

export const DISPLAY_LESSON: PanelDefinition = {
	title: DETAIL_TITLE,
	learn: true,
	help: ["A lesson's summary and steps. Roll keys page it; Enter or F12 goes back to the list."],
};
