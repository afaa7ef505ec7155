// The STRBKUBRM prompt, as F4 on a command line shows it ("Start Backup using BRM"): every
// parameter with its default and allowed values (brms.md §5.1 — keywords CTLGRP, SBMJOB, JOBD
// verified, the rest [K]); the CL command built from checked values is shown in full and sent
// only on Enter. A warning stands when the local group has changes not applied on the host,
// because STRBKUBRM runs the host's definition. Then the messages the host returned and, for a
// submitted job, the job followed to its end.

import type {ChangeStep} from '../../domain/change-sheet.js';
import {changeSheetPanel} from '../change-sheet/panel.js';
import {checkStrbkubrm, DEFAULT_REQUEST, strbkubrmCommand, submittedJob, type StrbkubrmRequest} from '../../domain/strbkubrm.js';
import {message} from '../../domain/messages.js';
import {createEditState, fieldValue, showError} from '../../ui/fields/editor.js';
import type {FieldDefinition} from '../../ui/fields/field.js';
import {BLUE, GREEN, WHITE, dottedLabel, scrollIndicatorRun, textRun, titleRuns, wrapText, type PanelSize} from '../../ui/layout.js';
import {KIT_MESSAGES} from '../../ui/fields/operator-errors.js';
import {instance, type Panel, type PanelInstance, type PanelState, type Task, type TaskContext} from '../../ui/panel/panel.js';
import {endedWell, type JobEnd, type JobProgress, type JobStatus} from '../../domain/job-follow.js';
import {hasMore, visibleIndexes} from '../../ui/subfile.js';
import type {Run} from '../../ui/screen/model.js';

/** What running a command on the host gives back (the host interface's CommandRun). */
export type HostRun = {outcome: 'completed' | 'unknown'; exitCode: number | null; messages: Array<{id: string; text: string; stream: 'stdout' | 'stderr'}>; reason?: string};

export type StartBackupDeps = {
	systemName: string;
	/** Runs the command; the task context lets the host ask the operator (a host key, a password). */
	runCommand: (command: string, context: TaskContext) => Promise<HostRun>;
	/** Follows a submitted job to its end (the host's followJob). */
	followJob?: (job: string, progress: (step: JobProgress) => void, signal?: AbortSignal) => Promise<JobEnd>;
	/** The change sheet from what the host is known to hold to the local group (empty: none). */
	changeSheet: (group: string) => ChangeStep[];
};

const VALUE = 37;
const HINT = 59;

const PARAMETERS: Array<{id: keyof typeof KEYWORD; row: number; label: string; length: number; hint: string; indent?: number}> = [
	{id: 'controlGroup', row: 5, label: 'Control group', length: 10, hint: 'Name, *BKUGRP, *SYSGRP'},
	{id: 'scheduleTime', row: 6, label: 'Schedule time', length: 8, hint: 'Time, *IMMED'},
	{id: 'submitJob', row: 7, label: 'Submit to batch', length: 7, hint: '*YES, *NO, *CTLSBS'},
	{id: 'start', row: 9, label: 'Beginning sequence', length: 6, hint: '1-9999, *FIRST', indent: 2},
	{id: 'end', row: 10, label: 'Ending sequence', length: 6, hint: '1-9999, *LAST', indent: 2},
	{id: 'activity', row: 11, label: 'Activity', length: 10, hint: '*CTLGRPATR, *FULL...'},
	{id: 'jobDescription', row: 12, label: 'Job description', length: 21, hint: 'Name, *USRPRF'},
	{id: 'jobQueue', row: 13, label: 'Job queue', length: 21, hint: 'Name, *JOBD'},
];

const KEYWORD = {controlGroup: 'CTLGRP', scheduleTime: 'SCDTIME', submitJob: 'SBMJOB', start: 'STRSEQ', end: 'STRSEQ', activity: 'ACTIVITY', jobDescription: 'JOBD', jobQueue: 'JOBQ'} as const;

const FIELDS: FieldDefinition[] = PARAMETERS.map(parameter => ({id: parameter.id, row: parameter.row, col: VALUE, length: parameter.length, kind: 'name'}));

type PromptState = PanelState;

function requestOf(state: PromptState): StrbkubrmRequest {
	const value = (id: string) => fieldValue(state.edit, id).trim();
	return {
		controlGroup: value('controlGroup'),
		scheduleTime: value('scheduleTime'),
		submitJob: value('submitJob'),
		startingSequence: {start: value('start'), end: value('end')},
		activity: value('activity'),
		jobDescription: value('jobDescription'),
		jobQueue: value('jobQueue'),
	};
}

/** Parameters typed on the command line (`STRBKUBRM CTLGRP(X) SBMJOB(*NO)`) fill the prompt. */
export function parametersFromCommand(command: string): Record<string, string> {
	const values: Record<string, string> = {};
	const find = (keyword: string) => new RegExp(`\\b${keyword}\\(([^)]*)\\)`, 'i').exec(command)?.[1]?.trim().toUpperCase();
	const group = find('CTLGRP') ?? /^STRBKUBRM\s+([^\s(]+)(\s|$)/i.exec(command.trim())?.[1]?.toUpperCase();
	if (group) values['controlGroup'] = group;
	for (const [id, keyword] of Object.entries(KEYWORD)) {
		const found = find(keyword);
		if (!found || id === 'controlGroup') continue;
		if (keyword === 'STRSEQ') {
			const [start, end] = found.split(/\s+/);
			if (start) values['start'] = start;
			if (end) values['end'] = end;
		} else values[id] = found;
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
			{key: 'F5', label: 'Refresh'},
			// brms-tui's own key, shown only while the warning stands.
			...(unapplied(state) ? [{key: 'F8', label: 'Change sheet'}] : []),
			{key: 'F12', label: 'Cancel'},
		],
		hiddenKeys: ['F1', 'F4'],
		fields: () => FIELDS,
		body: (state: PromptState, size: PanelSize) => {
			const request = requestOf(state);
			const runs: Run[] = [
				...titleRuns('Start Backup using BRM (STRBKUBRM)', deps.systemName, size),
				textRun(3, 2, 'Type choices, press Enter.', BLUE),
				textRun(8, 2, 'Starting sequence:'),
			];
			for (const parameter of PARAMETERS) {
				const col = 2 + (parameter.indent ?? 0);
				runs.push(textRun(parameter.row, col, dottedLabel(parameter.label, VALUE - 2 - col, '.', col)), textRun(parameter.row, HINT, parameter.hint.slice(0, 21), BLUE));
			}
			if (unapplied(state)) {
				runs.push(
					textRun(15, 2, `The local ${request.controlGroup} has changes not applied on ${deps.systemName}:`, WHITE),
					textRun(16, 2, `STRBKUBRM runs the host's definition (brms-tui diff ${request.controlGroup}).`, WHITE),
				);
			}
			const command = checkStrbkubrm(request).length === 0 ? strbkubrmCommand(request) : undefined;
			runs.push(textRun(18, 2, 'Command to be run:', BLUE));
			const text = command ?? 'STRBKUBRM … (complete the values above)';
			runs.push(textRun(19, 3, text.slice(0, 77), GREEN), textRun(20, 3, text.slice(77, 154), GREEN));
			return runs;
		},
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
					return {state, effect: {type: 'open', panel: changeSheetPanel(deps.systemName, group, deps.changeSheet(group))}};
				}
				case 'Enter': {
					const request = requestOf(state);
					const [problem] = checkStrbkubrm(request);
					if (problem) {
						const field = PARAMETERS.find(parameter => KEYWORD[parameter.id] === problem.keyword)!;
						return {state: {...state, edit: showError(state.edit, {fieldId: field.id, message: message('strbkubrmValueNotValid', problem.text)})}};
					}
					const cl = strbkubrmCommand(request);
					return {state: {...state, notice: KIT_MESSAGES.waitingForHost}, effect: {type: 'task', task: context => deps.runCommand(cl, context).then(run => ({cl, run}))}};
				}
				default:
					return {state};
			}
		},
		onTaskDone: (state, result) => {
			if (!result.ok) return {state: {...state, edit: showError(state.edit, {message: message('hostRunFailed', result.error.message)})}};
			const {cl, run} = result.value as {cl: string; run: HostRun};
			const messages = commandMessages(deps.systemName, cl, run, deps.followJob);
			return {state, effect: {type: 'open', panel: messages.panel, ...(messages.task ? {task: messages.task} : {})}};
		},
		// Back from the messages the function is done; back from the change sheet, the prompt stays.
		onReturn: (state, result) => (isCommandDone(result) ? {state, effect: {type: 'close'}} : {state}),
	};
	return instance(panel, {edit: createEditState(FIELDS, initialValues(command))});
}

function initialValues(command: string): Record<string, string> {
	const {startingSequence, ...defaults} = DEFAULT_REQUEST;
	return {...defaults, start: startingSequence.start, end: startingSequence.end, ...parametersFromCommand(command)};
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
	const [first = '', ...rest] = wrapText(text, 77);
	const more = rest.length > 0 ? wrapText(rest.join(' '), 75).map(line => `  ${line}`) : [];
	return [first, ...more].map(line => ({text: line, color}));
}

/** The last page, so new lines stay in view while the job is followed. */
const lastPage = (total: number) => Math.max(0, total - PAGE);

/**
 * The messages the host returned for the command; for a submitted job, its status and BRMS log
 * lines as they come, until it ends (the open effect starts the following).
 */
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
			...visibleIndexes({top: state.top, pageSize: PAGE, total: state.lines.length}).map((index, row) => textRun(FIRST_LINE + row, 3, state.lines[index]!.text.slice(0, 77), state.lines[index]!.color)),
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
			const end: JobEnd = result.ok ? (result.value as JobEnd) : {outcome: 'unknown', summary: `Outcome unknown (job ${job}): ${result.error.message}`};
			const lines = [...state.lines, {text: '', color: GREEN}, ...wrapped(end.summary, endedWell(end) ? GREEN : WHITE)];
			const notice = message(endedWell(end) ? 'jobFollowEnded' : 'hostRunFailed', end.summary);
			return {state: {...state, following: false, lines, top: lastPage(lines.length), ...(end.outcome === 'ended' ? {status: '*OUTQ' as const} : {}), notice}};
		},
	};
	const state: MessagesState = {edit: createEditState([]), top: lastPage(lines.length), lines, following};
	return {
		panel: instance(panel, state),
		...(following ? {task: ({progress, signal}: TaskContext) => follow!(job!, progress, signal)} : {}),
	};
}
