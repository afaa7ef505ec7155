// A lesson for new staff, as data: where its sandbox starts (the demo system's groups, with
// groups added, copied or removed), and its steps — each a text, hints, and a check of the
// outcome (lesson-checks.ts). Built-in lessons (built-in.ts) and a trainer's own files
// (lesson-schema.ts reads them) have the same shape.

import type {ControlGroup, Entry} from '../control-group.js';
import type {JobOutcome} from '../job-follow.js';

/** The entry columns a check can name, besides the backup item (the change sheet's order). */
export const ENTRY_CHECK_COLUMNS = [
	'listType',
	'aspDevice',
	'activity',
	'retainObjectDetail',
	'saveWhileActive',
	'swaMessageQueue',
	'syncId',
	'exitCommand',
] as const satisfies ReadonlyArray<keyof Entry>;

export type EntryCheckColumn = (typeof ENTRY_CHECK_COLUMNS)[number];

/** The kinds of check a step can have (README, "Training new staff"), composable with all, any and not. */
export type Check =
	| {kind: 'all'; checks: Check[]}
	| {kind: 'any'; checks: Check[]}
	| {kind: 'not'; check: Check}
	/** The group exists (or, with exists: false, does not), with this text and default activity. */
	| {kind: 'group'; group: string; exists?: boolean; text?: string; defaultActivity?: string}
	/**
	 * The group has an entry for this backup item (and list type; for *EXIT, with this exit
	 * command when given) whose columns hold these values (null: blank).
	 */
	| ({kind: 'entry'; group: string; item: string} & Partial<Record<EntryCheckColumn, string | null>>)
	/**
	 * The group's entries are, in order and column by column, those `like` held when the lesson
	 * started; or, with `items`, their backup items are these, in this order.
	 */
	| {kind: 'entries'; group: string; like: string}
	| {kind: 'entries'; group: string; items: string[]}
	/** An attribute (option 8) of the group holds this value. */
	| {kind: 'attribute'; group: string; attribute: string; value: string}
	/** The group passes every rule BRMS checks on Enter. */
	| {kind: 'valid'; group: string}
	/** STRBKUBRM ran for the group during the step (with this SBMJOB, ending so). */
	| {kind: 'ran'; group: string; sbmjob?: string; outcome?: JobOutcome}
	/** Jobs of these groups were running at the same moment during the step. */
	| {kind: 'together'; groups: string[]}
	/** The screen shows this panel now (and on it, this text). */
	| {kind: 'screen'; panel?: string; text?: string}
	/** F1 was pressed during the step on a field (or panel) whose help has this title. */
	| {kind: 'help'; panel?: string; title?: string}
	/** F4 listed a field's values during the step (and a value was chosen from the list). */
	| {kind: 'valueList'; panel?: string; title?: string; chosen?: string}
	/** A message was shown on line 24 during the step. */
	| {kind: 'message'; panel?: string; id: string}
	/** F1 on a message showed its Additional Message Information during the step. */
	| {kind: 'messageHelp'; id?: string};

export type CheckKind = Check['kind'];

export type LessonStep = {
	/** What to do, in a few lines (the pane wraps them). */
	text: string[];
	/** Shown one at a time on the hint key; each one used is recorded. */
	hints: string[];
	check: Check;
};

/** A group copied as the sandbox is made (a copy is stored as is: it may break BRMS's rules on purpose). */
export type GroupCopy = {from: string; to: string; text?: string};

export type LessonStart = {
	/** The groups the sandbox starts from: the demo system's, or only those BRMS ships. */
	from: 'demo' | 'shipped';
	/** Groups added (or replacing one of the same name), as `export` writes them. */
	groups: ControlGroup[];
	copies: GroupCopy[];
	remove: string[];
};

export type Lesson = {
	/** A short name for the list and the report (1-15 of A-Z, 0-9, -; the file's name for a trainer's file). */
	id: string;
	title: string;
	/** Why the lesson matters, for 5=Show. */
	summary: string[];
	start: LessonStart;
	steps: LessonStep[];
	/**
	 * Waits for something brms-tui does not have yet: listed, shown with 5, but not startable
	 * (the list says "later"); the reason is shown.
	 */
	later?: string;
	/** Where it came from: built in, or the file a trainer wrote. */
	source: string;
};

export const DEMO_START: LessonStart = {from: 'demo', groups: [], copies: [], remove: []};
