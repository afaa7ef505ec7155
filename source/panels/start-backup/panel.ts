// The STRBKUBRM prompt, as F4 on a command line shows it ("Start Backup using BRM"): every
// parameter with its default and allowed values (brms.md §5.1 — keywords CTLGRP, SBMJOB, JOBD
// verified, the rest [K]); the CL command built from checked values is shown in full and sent
// only on Enter. A warning stands when the local group has changes not applied on the host,
// because STRBKUBRM runs the host's definition. Then the messages the host returned and, for a
// submitted job, the job followed to its end.

import type {ChangeStep} from '../../domain/change-sheet.js';
import {endedWell, type JobEnd, type JobProgress, type JobStatus} from '../../domain/job-follow.js';
import {type Message, message} from '../../domain/messages.js';
import {
	checkStrbkubrm,
	clParameter,
	DEFAULT_REQUEST,
	RETENTION_TYPES,
	STRBKUBRM_PARAMETERS,
	type StrbkubrmProblem,
	type StrbkubrmRequest,
	strbkubrmCommand,
	submittedJob,
} from '../../domain/strbkubrm.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {BLUE, dottedLabel, GREEN, type PanelSize, scrollIndicatorRun, textRun, titleRuns, WHITE, wrapIndented, wrapText} from '../../ui/layout.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Task, type TaskContext, TaskStopped} from '../../ui/panel/panel.js';
import type {ValueList} from '../../ui/panel/windows.js';
import type {Run} from '../../ui/screen/model.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';
import {changeSheetPanel} from '../change-sheet/panel.js';

/** What running a command on the host gives back (the host interface's CommandRun). */
export type HostRun = {
	outcome: 'completed' | 'unknown';
	exitCode: number | null;
	messages: Array<{id: string; text: string; stream: 'stdout' | 'stderr'}>;
	reason?: string;
};

export type StartBackupDeps = {
	systemName: string;
	/** Runs the command; the task context lets the host ask the operator (a host key, a password). */
	runCommand: (command: string, context: TaskContext) => Promise<HostRun>;
	/** Follows a submitted job to its end (the host's followJob). */
	followJob?: (job: string, progress: (step: JobProgress) => void, signal?: AbortSignal) => Promise<JobEnd>;
	/** The change sheet from what the host is known to hold to the local group (empty: none). */
	changeSheet: (group: string) => ChangeStep[];
	/** Records that the host now holds the local group (F10 on the change sheet). */
	markApplied?: (group: string) => void;
};

const VALUE = 37;
const HINT = 59;
const HINT_WIDTH = 80 - HINT + 1;

type FieldId =
	| 'controlGroup'
	| 'scheduleTime'
	| 'submitJob'
	| 'start'
	| 'end'
	| 'activity'
	| 'retentionType'
	| 'retentionValue'
	| 'append'
	| 'jobDescription'
	| 'jobQueue'
	| 'omits';

/** One input field of the prompt: a parameter, or one element of an element list (indented under its heading). */
type PromptField = {
	id: FieldId;
	row: number;
	label: string;
	length: number;
	hint: string;
	keyword: keyof typeof STRBKUBRM_PARAMETERS;
	element?: StrbkubrmProblem['element'];
};

const P = STRBKUBRM_PARAMETERS;

// Rows 5-18, one parameter (or element) a row, in the command's order; the element lists have a
// heading row of their own, as the IBM i prompter shows them.
const PARAMETERS: PromptField[] = [
	{id: 'controlGroup', row: 5, label: P.CTLGRP.prompt, length: 10, hint: P.CTLGRP.hint, keyword: 'CTLGRP'},
	{id: 'scheduleTime', row: 6, label: P.SCDTIME.prompt, length: 8, hint: P.SCDTIME.hint, keyword: 'SCDTIME'},
	{id: 'submitJob', row: 7, label: P.SBMJOB.prompt, length: 7, hint: P.SBMJOB.hint, keyword: 'SBMJOB'},
	{id: 'start', row: 9, label: 'Beginning sequence', length: 6, hint: '1-9999, *FIRST', keyword: 'STRSEQ', element: 'start'},
	{id: 'end', row: 10, label: 'Ending sequence', length: 6, hint: '1-9999, *LAST', keyword: 'STRSEQ', element: 'end'},
	{id: 'activity', row: 11, label: P.ACTIVITY.prompt, length: 10, hint: P.ACTIVITY.hint, keyword: 'ACTIVITY'},
	{id: 'retentionType', row: 13, label: 'Retention type', length: 10, hint: P.RETENTION.hint, keyword: 'RETENTION', element: 'type'},
	{id: 'retentionValue', row: 14, label: 'Retain media', length: 4, hint: 'Number, blank', keyword: 'RETENTION', element: 'value'},
	{id: 'append', row: 15, label: P.APPEND.prompt, length: 10, hint: P.APPEND.hint, keyword: 'APPEND'},
	{id: 'jobDescription', row: 16, label: P.JOBD.prompt, length: 21, hint: P.JOBD.hint, keyword: 'JOBD'},
	{id: 'jobQueue', row: 17, label: P.JOBQ.prompt, length: 21, hint: P.JOBQ.hint, keyword: 'JOBQ'},
	{id: 'omits', row: 18, label: P.OMITS.prompt, length: 8, hint: P.OMITS.hint, keyword: 'OMITS'},
];

const ELEMENT_HEADINGS = [
	{row: 8, label: `${P.STRSEQ.prompt}:`},
	{row: 12, label: `${P.RETENTION.prompt}:`},
];

const FIELDS: FieldDefinition[] = PARAMETERS.map(parameter => ({
	id: parameter.id,
	row: parameter.row,
	col: VALUE,
	length: parameter.length,
	kind: parameter.id === 'retentionValue' ? 'digits' : 'name',
}));

/** F4 on a field: the values the prompt allows there (brms.md §5.1; RETENTION and APPEND [?]). */
const VALUE_LISTS: Partial<Record<FieldId, ValueList>> = {
	scheduleTime: {title: 'Schedule time', values: [{value: '*IMMED', description: 'Start now'}]},
	submitJob: {
		title: 'Submit to batch',
		values: [
			{value: '*YES', description: 'Submit a batch job'},
			{value: '*NO', description: 'Run in this session'},
			{value: '*CTLSBS', description: 'Batch, in the controlling subsystem'},
		],
	},
	activity: {
		title: 'Activity',
		values: [
			{value: '*CTLGRPATR', description: "The group's weekly activity"},
			{value: '*FULL', description: 'Full backup'},
			{value: '*INCR', description: 'Incremental backup'},
		],
	},
	retentionType: {
		title: 'Retention type',
		values: Object.keys(RETENTION_TYPES).map(value => ({
			value,
			description: RETENTION_TYPES[value] === 'number' ? 'with a number to keep' : value === '*PERM' ? 'Keep permanently' : 'As the media policy says',
		})),
	},
	append: {
		title: 'Append to media',
		values: [
			{value: '*CTLGRPATR', description: "The group's attribute"},
			{value: '*YES', description: 'Append to active media'},
			{value: '*NO', description: 'Start on new media'},
		],
	},
	omits: {
		title: 'Process object omits',
		values: [
			{value: '*PROCESS', description: 'Leave out the omitted objects'},
			{value: '*IGNORE', description: 'Save everything'},
		],
	},
};

type PromptState = PanelState;

function requestOf(state: PromptState): StrbkubrmRequest {
	const value = (id: FieldId) => fieldValue(state.edit, id).trim();
	return {
		controlGroup: value('controlGroup'),
		scheduleTime: value('scheduleTime'),
		submitJob: value('submitJob'),
		startingSequence: {start: value('start'), end: value('end')},
		activity: value('activity'),
		retention: {type: value('retentionType'), value: value('retentionValue')},
		append: value('append'),
		jobDescription: value('jobDescription'),
		jobQueue: value('jobQueue'),
		omits: value('omits'),
	};
}

/** The field a problem stands on: the parameter's, or the element's within its list. */
function fieldOf(problem: StrbkubrmProblem): FieldId {
	return PARAMETERS.find(parameter => parameter.keyword === problem.keyword && (problem.element === undefined || parameter.element === problem.element))!.id;
}

/** Parameters typed on the command line (`STRBKUBRM CTLGRP(X) SBMJOB(*NO)`) fill the prompt. */
export function parametersFromCommand(command: string): Record<string, string> {
	const values: Record<string, string> = {};
	const find = (keyword: string) => clParameter(command, keyword)?.toUpperCase();
	const group = find('CTLGRP') ?? /^STRBKUBRM\s+([^\s(]+)(\s|$)/i.exec(command.trim())?.[1]?.toUpperCase();
	if (group) values['controlGroup'] = group;
	for (const parameter of PARAMETERS) {
		if (parameter.keyword === 'CTLGRP') continue;
		const found = find(parameter.keyword);
		if (found === undefined) continue;
		// An element list's values stand in the order of its elements.
		const elements = PARAMETERS.filter(each => each.keyword === parameter.keyword);
		const parts = elements.length > 1 ? found.split(/\s+/) : [found];
		const value = parts[elements.indexOf(parameter)];
		if (value) values[parameter.id] = value;
	}
	return values;
}

export function startBackupPrompt(deps: StartBackupDeps, command = 'STRBKUBRM'): PanelInstance {
	const unapplied = (state: PromptState) => {
		const group = requestOf(state).controlGroup;
		return group !== '' && deps.changeSheet(group).length > 0;
	};
	const panel: Panel<PromptState> = {
		id: 'STRBKUBRM',
		functionKeys: state => [
			{key: 'F3', label: 'Exit'},
			{key: 'F4', label: 'Prompt'},
			{key: 'F5', label: 'Refresh'},
			// brms-tui's own key, shown only while the warning stands.
			...(unapplied(state) ? [{key: 'F8', label: 'Change sheet'}] : []),
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields: () => FIELDS,
		body: (state: PromptState, size: PanelSize) => {
			const request = requestOf(state);
			const runs: Run[] = [...titleRuns('Start Backup using BRM (STRBKUBRM)', deps.systemName, size), textRun(3, 2, 'Type choices, press Enter.', BLUE)];
			// STRBKUBRM runs the host's definition: a local group with unapplied changes is said first.
			if (unapplied(state))
				runs.push(textRun(4, 2, `${request.controlGroup} has changes not applied on ${deps.systemName}: F8=Change sheet`.slice(0, 78), WHITE));
			for (const heading of ELEMENT_HEADINGS) runs.push(textRun(heading.row, 2, heading.label));
			for (const parameter of PARAMETERS) {
				const col = parameter.element ? 4 : 2;
				runs.push(
					textRun(parameter.row, col, dottedLabel(parameter.label, VALUE - 2 - col, '.', col)),
					textRun(parameter.row, HINT, parameter.hint.slice(0, HINT_WIDTH), BLUE),
				);
			}
			// brms-tui's addition: the command that Enter sends, in full (up to three lines).
			const command = checkStrbkubrm(request).length === 0 ? strbkubrmCommand(request) : 'STRBKUBRM … (complete the values above)';
			runs.push(
				textRun(19, 2, 'Command:', BLUE),
				...wrapText(command, 69)
					.slice(0, 3)
					.map((line, index) => textRun(19 + index, 11, line, GREEN)),
			);
			return runs;
		},
		prompt: (_state, fieldId) => VALUE_LISTS[fieldId as FieldId],
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			switch (keystroke.name) {
				case 'F12':
					return {state, effect: {type: 'close'}};
				case 'F3':
					return {state, effect: {type: 'exit'}};
				case 'F5':
					return {state: {...state, edit: createEditState(FIELDS, initialValues(command))}};
				case 'F8': {
					const group = requestOf(state).controlGroup;
					const markApplied = deps.markApplied ? () => deps.markApplied!(group) : undefined;
					return {state, effect: {type: 'open', panel: changeSheetPanel(deps.systemName, group, deps.changeSheet(group), markApplied)}};
				}
				case 'Enter': {
					const request = requestOf(state);
					const [problem] = checkStrbkubrm(request);
					if (problem) {
						return {state: {...state, edit: showError(state.edit, {fieldId: fieldOf(problem), message: message('strbkubrmValueNotValid', problem.text)})}};
					}
					const cl = strbkubrmCommand(request);
					return {
						state: {...state, notice: KIT_MESSAGES.waitingForHost},
						effect: {type: 'task', task: context => deps.runCommand(cl, context).then(run => ({cl, run}))},
					};
				}
				default:
					return {state};
			}
		},
		onTaskDone: (state, result) => {
			if (!result.ok) return {state: {...state, edit: showError(state.edit, {message: message('hostRunFailed', deps.systemName, result.error.message)})}};
			const {cl, run} = result.value as {cl: string; run: HostRun};
			const messages = commandMessages(deps.systemName, cl, run, deps.followJob);
			return {state, effect: {type: 'open', panel: messages.panel, ...(messages.task ? {task: messages.task} : {})}};
		},
		// Back from the messages the function is done; back from the change sheet, the prompt stays.
		onReturn: (state, result) => {
			if (isCommandDone(result)) return {state, effect: {type: 'close'}};
			const said = typeof result === 'object' && result !== null && 'message' in result ? (result as {message: PanelState['notice']}).message : undefined;
			return {state: said ? {...state, notice: said} : state};
		},
	};
	return instance(panel, {edit: createEditState(FIELDS, initialValues(command))});
}

function initialValues(command: string): Record<string, string> {
	const {startingSequence, retention, ...defaults} = DEFAULT_REQUEST;
	return {
		...defaults,
		start: startingSequence.start,
		end: startingSequence.end,
		retentionType: retention.type,
		retentionValue: retention.value,
		...parametersFromCommand(command),
	};
}

const COMMAND_DONE = {commandDone: true} as const;

function isCommandDone(result: unknown): boolean {
	return result === COMMAND_DONE;
}

type MessageLine = {text: string; color: typeof GREEN | typeof WHITE};

type MessagesState = PanelState & {top: number; lines: MessageLine[]; status?: JobStatus; following: boolean};

const FIRST_LINE = 8;
const PAGE = 13;

/** A long message goes on over the next lines, indented, as IBM i shows second-level text. */
function wrapped(text: string, color: MessageLine['color']): MessageLine[] {
	return wrapIndented(text, 77, 2).map(line => ({text: line, color}));
}

/** The last page, so new lines stay in view while the job is followed. */
const lastPage = (total: number) => Math.max(0, total - PAGE);

/**
 * The messages the host returned for the command; for a submitted job, its status and BRMS log
 * lines as they come, until it ends (the open effect starts the following).
 */
/** Line 24 at the end of a followed job: how it ended, in a line; the whole summary under F1. */
function endMessage(job: string, end: JobEnd): Message {
	if (end.outcome !== 'ended') return message('jobOutcomeUnknown', job, end.summary);
	if (end.endCode === undefined) return message('jobEndNotKnown', job, end.summary);
	return message(endedWell(end) ? 'jobEndedWell' : 'jobEndedAbnormally', job, end.endCode, end.summary);
}

export function commandMessages(systemName: string, command: string, run: HostRun, follow?: StartBackupDeps['followJob']): {panel: PanelInstance; task?: Task} {
	const job = submittedJob(run.messages);
	const failed = run.outcome === 'unknown' || run.exitCode !== 0;
	const following = Boolean(job && follow && !failed);
	const lines: MessageLine[] = [
		...run.messages.flatMap(each => wrapped(`${each.id}: ${each.text}`, each.stream === 'stderr' ? WHITE : GREEN)),
		{text: '', color: GREEN},
		...wrapped(
			run.outcome === 'unknown'
				? `Outcome unknown${job ? ` for job ${job}` : ''}: ${run.reason ?? 'the end was not seen'}. Check on the host.`
				: run.exitCode !== 0
					? `The command ended in error (exit status ${run.exitCode}).`
					: job
						? following
							? `Job ${job} was submitted; it is followed here until it ends.`
							: `Job ${job} was submitted. Follow it on the host (WRKJOB JOB(${job})).`
						: 'The command ended normally.',
			failed ? WHITE : GREEN,
		),
	];
	const panel: Panel<MessagesState> = {
		id: 'COMMAND-MESSAGES',
		subfile: {window: state => ({top: state.top, pageSize: PAGE, total: state.lines.length}), setTop: (state, top) => ({...state, top})},
		functionKeys: () => [
			{key: 'F3', label: 'Exit'},
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1'],
		fields: () => [],
		body: (state, size) => [
			...titleRuns('Messages from the Host', systemName, size),
			textRun(3, 2, `${dottedLabel('Command', 13, ':')} ${command}`.slice(0, 78)),
			...(job ? [textRun(4, 2, `${dottedLabel('Job', 13, ':')} ${job}`), textRun(4, 46, `Status . . . : ${state.status ?? (following ? '*JOBQ' : '')}`)] : []),
			textRun(6, 2, state.following ? 'Following the job; Ctrl+C stops waiting (the job goes on).' : 'Press Enter to continue.', BLUE),
			...visibleIndexes({top: state.top, pageSize: PAGE, total: state.lines.length}).map((index, row) =>
				textRun(FIRST_LINE + row, 3, state.lines[index]!.text.slice(0, 77), state.lines[index]!.color),
			),
			scrollIndicatorRun(FIRST_LINE + PAGE, hasMore({top: state.top, pageSize: PAGE, total: state.lines.length})),
		],
		onKey: (state, keystroke) => {
			if (keystroke.kind !== 'key') return {state};
			if (keystroke.name === 'F3') return {state, effect: {type: 'exit'}};
			if (keystroke.name === 'Enter' || keystroke.name === 'F12') return {state, effect: {type: 'close', result: COMMAND_DONE}};
			return {state};
		},
		onTaskProgress: (state, update) => {
			const step = update as JobProgress;
			const lines = step.line ? [...state.lines, ...wrapped(`${step.status.padEnd(8)} ${step.line}`, GREEN)] : state.lines;
			// New lines stay in view unless the operator rolled back to read earlier ones.
			const atEnd = state.top >= lastPage(state.lines.length);
			return {state: {...state, status: step.status, lines, top: atEnd ? lastPage(lines.length) : state.top}};
		},
		onTaskDone: (state, result) => {
			const end: JobEnd = result.ok
				? (result.value as JobEnd)
				: result.error instanceof TaskStopped
					? {outcome: 'unknown', summary: `Stopped following job ${job}; it goes on on the host (WRKJOB JOB(${job})).`}
					: {outcome: 'unknown', summary: `Outcome unknown (job ${job}): ${result.error.message}`};
			const lines = [...state.lines, {text: '', color: GREEN}, ...wrapped(end.summary, endedWell(end) ? GREEN : WHITE)];
			const notice = endMessage(job!, end);
			return {state: {...state, following: false, lines, top: lastPage(lines.length), ...(end.outcome === 'ended' ? {status: '*OUTQ' as const} : {}), notice}};
		},
	};
	const state: MessagesState = {edit: createEditState([]), top: lastPage(lines.length), lines, following};
	return {
		panel: instance(panel, state),
		...(following ? {task: ({progress, signal}: TaskContext) => follow!(job!, progress, signal)} : {}),
	};
}
