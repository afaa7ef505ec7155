// "Messages from the Host": every message the host returned for a command (a long one goes on
// over the next line, indented, as IBM i shows second-level text) and, for a submitted job, its
// status and BRMS log lines as they come — the last page kept in view — until it ends.

import type {CommandRun} from '../../domain/command-run.js';
import {endedWell, type JobEnd, type JobProgress, verdictMessage} from '../../domain/job-follow.js';
import {message} from '../../domain/messages.js';
import {submittedJob} from '../../domain/strbkubrm.js';
import {createEditState} from '../../ui/fields/editor.js';
import {GREEN, WHITE, wrapIndented} from '../../ui/layout.js';
import {instance, type PanelState} from '../../ui/panel/panel.js';
import {type BrmsInstance, type BrmsPanel, displayOnlyKeys, EXIT_CANCEL} from '../brms-panel.js';
import {followJob, type HostAnswer} from '../effects.js';
import type {PanelDefinition} from '../registry.js';
import {body, type MessageLine, type MessagesView, pageSize, TITLE, window} from './view.js';

type MessagesState = PanelState & MessagesView;

type MessagesMsg = {type: 'progress'; step: JobProgress} | {type: 'ended'; answer: HostAnswer<JobEnd>};

function wrapped(text: string, color: MessageLine['color']): MessageLine[] {
	return wrapIndented(text, 77, 2).map(line => ({text: line, color}));
}

/** The last page, so new lines stay in view while the job is followed. */
const lastPage = (command: string, total: number) => Math.max(0, total - pageSize(command));

const panel: BrmsPanel<MessagesState, MessagesMsg, never> = {
	id: 'COMMAND-MESSAGES',
	subfile: {window, setTop: (state, top) => ({...state, top})},
	functionKeys: () => [...EXIT_CANCEL],
	hiddenKeys: ['F1'],
	fields: () => [],
	body,
	onKey: displayOnlyKeys,
	onProgress: (state, update) => {
		if (update.type !== 'progress') return state;
		const {step} = update;
		const lines = step.line ? [...state.lines, ...wrapped(`${step.status.padEnd(8)} ${step.line}`, GREEN)] : state.lines;
		// New lines stay in view unless the operator rolled back to read earlier ones.
		const atEnd = state.top >= lastPage(state.command, state.lines.length);
		return {...state, status: step.status, lines, top: atEnd ? lastPage(state.command, lines.length) : state.top};
	},
	onResult: (state, result) => {
		if (result.type !== 'ended') return {state};
		const {answer} = result;
		const job = state.job ?? '';
		const end: JobEnd = answer.ok
			? answer.value
			: answer.stopped
				? {outcome: 'unknown', summary: `Stopped following job ${job}; it goes on on the host (WRKJOB JOB(${job})).`}
				: {outcome: 'unknown', summary: `Outcome unknown (job ${job}): ${answer.error}`};
		const lines = [...state.lines, {text: '', color: GREEN}, ...wrapped(end.summary, endedWell(end) ? GREEN : WHITE)];
		// Line 24: BRMS's verdict in an operator's words (stopping the wait is no verdict).
		const notice = !answer.ok && answer.stopped ? message('followStopped', job) : verdictMessage(end);
		const ended = end.outcome !== 'unknown' ? {status: '*OUTQ'} : {};
		return {state: {...state, following: false, lines, top: lastPage(state.command, lines.length), ...ended, notice}};
	},
};

/** The messages the host returned for `command`; a submitted job is followed as the panel opens. */
export function commandMessages(systemName: string, command: string, run: CommandRun): BrmsInstance<never> {
	const job = submittedJob(run.messages);
	const failed = run.outcome === 'unknown' || run.exitCode !== 0;
	const following = Boolean(job && !failed);
	const lines: MessageLine[] = [
		...run.messages.flatMap(each => wrapped(`${each.id}: ${each.text}`, each.stream === 'stderr' ? WHITE : GREEN)),
		{text: '', color: GREEN},
		...wrapped(
			run.outcome === 'unknown'
				? `Outcome unknown${job ? ` for job ${job}` : ''}: ${run.reason ?? 'the end was not seen'}. Check on the host.`
				: run.exitCode !== 0
					? `The command ended in error (exit status ${run.exitCode}).`
					: job
						? `Job ${job} was submitted; it is followed here until it ends.`
						: 'The command ended normally.',
			failed ? WHITE : GREEN,
		),
	];
	const state: MessagesState = {systemName, command, job, status: undefined, following, edit: createEditState([]), top: lastPage(command, lines.length), lines};
	const follow =
		job && following
			? followJob<MessagesMsg>(
					job,
					step => ({type: 'progress', step}),
					answer => ({type: 'ended', answer}),
				)
			: undefined;
	return instance(panel, state, follow);
}

export const COMMAND_MESSAGES: PanelDefinition = {
	title: TITLE,
	help: [
		'Every message the host sent back for the command, as MSGID: text; a long one goes on over the next line. For a job submitted to batch, its status and its BRMS log lines follow as they come, until it ends; Ctrl+C stops the following (the job goes on). Roll keys page back.',
	],
};
