// brms-tui submit GROUP: STRBKUBRM built from checked values, run on the system (the demo
// system, or a real IBM i over SSH), every message printed as `MSGID: text` or as JSON
// {command, exitCode, messages, job?, jobEnd?}. Exit code 0 done, 1 refused or failed on the
// host, outcome unknown, or a followed run whose verdict is not "completed" (BRM1049 seen; or,
// with no readable BRMS log, end code 0 or 10 seen and said so), 2 bad input. A submitted job
// is followed to its end (--no-follow: not).

import {changeSheet} from '../domain/change-sheet.js';
import {upperAscii} from '../domain/field-text.js';
import {endedWell, type JobProgress} from '../domain/job-follow.js';
import {message} from '../domain/messages.js';
import {
	checkStrbkubrm,
	DEFAULT_REQUEST,
	type HostMessage,
	parseStartingSequence,
	type StrbkubrmRequest,
	strbkubrmCommand,
	submittedJob,
} from '../domain/strbkubrm.js';
import type {BrmsHost} from '../host/host.js';
import {SshRefused} from '../host/ssh-transport.js';
import {jsonText, safeLines, safeText} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {openSystemOnTerminal} from './ssh-access.js';

export type SubmitOptions = {
	system?: string;
	sbmjob?: string;
	activity?: string;
	strseq?: string;
	scdtime?: string;
	/** RETENTION as typed: a type and, for *DAYS or *VERSION, a number ("*DAYS 35"). */
	retention?: string;
	append?: string;
	omits?: string;
	jobd?: string;
	jobq?: string;
	json?: boolean;
	acceptHostKey?: string;
	noFollow?: boolean;
};

/** The type of each message, as far as the system utility's output tells: the last one on stderr is the escape. */
export function typedMessages(messages: readonly HostMessage[]): Array<{id: string; type: 'completion' | 'diagnostic' | 'escape'; text: string}> {
	const lastError = messages.findLastIndex(each => each.stream === 'stderr');
	return messages.map((each, index) => ({
		id: each.id,
		type: each.stream === 'stdout' ? 'completion' : index === lastError ? 'escape' : 'diagnostic',
		text: each.text,
	}));
}

/** A value the prompt would refuse, with the same message ID the panel shows on line 24. */
function notValid({keyword, text}: {keyword: string; text: string}): CliError {
	const {id} = message('strbkubrmValueNotValid', text);
	return new CliError(2, `${id}: ${keyword}: ${text}`);
}

/** Values are folded from a-z only, so what the rules then check is what was typed (ſ stays ſ and is refused). */
const upper = (value: string | undefined) => (value === undefined ? undefined : upperAscii(value));

export function requestFrom(group: string, options: SubmitOptions): StrbkubrmRequest {
	const startingSequence = parseStartingSequence(options.strseq ?? '');
	if ('keyword' in startingSequence) throw notValid(startingSequence);
	const [type = DEFAULT_REQUEST.retention.type, value = '', ...extra] = upperAscii(options.retention ?? '')
		.split(/\s+/)
		.filter(Boolean);
	if (extra.length > 0)
		throw notValid({keyword: 'RETENTION', text: `Retention ${options.retention} not valid; give a type and, for *DAYS or *VERSION, a number.`});
	return {
		controlGroup: upperAscii(group),
		scheduleTime: upper(options.scdtime) ?? DEFAULT_REQUEST.scheduleTime,
		submitJob: upper(options.sbmjob) ?? DEFAULT_REQUEST.submitJob,
		startingSequence,
		activity: upper(options.activity) ?? DEFAULT_REQUEST.activity,
		retention: {type, value},
		append: upper(options.append) ?? DEFAULT_REQUEST.append,
		jobDescription: upper(options.jobd) ?? DEFAULT_REQUEST.jobDescription,
		jobQueue: upper(options.jobq) ?? DEFAULT_REQUEST.jobQueue,
		omits: upper(options.omits) ?? DEFAULT_REQUEST.omits,
	};
}

export async function submitCommand(group: string, options: SubmitOptions, out: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	const request = requestFrom(group, options);
	const [problem] = checkStrbkubrm(request);
	if (problem) throw notValid(problem);
	const command = strbkubrmCommand(request);
	const {host, store, id} = openSystemOnTerminal(options.system, options.acceptHostKey, env);
	// STRBKUBRM runs the host's definition, not the local one: say so when they differ.
	const local = store.get(request.controlGroup)?.group;
	if (local && changeSheet(store.applied(request.controlGroup), local).length > 0) {
		process.stderr.write(
			`brms-tui: warning: the local ${request.controlGroup} has changes not applied on ${id}; STRBKUBRM runs the host's definition (see brms-tui diff ${request.controlGroup}).\n`,
		);
	}
	// Ctrl+C stops the waiting, never the host's work: say so and leave with "outcome unknown".
	const onInterrupt = () => {
		process.stderr.write(`\nbrms-tui: stopped waiting; ${command} may still be running on ${id}. Check it on the host.\n`);
		process.exit(1);
	};
	process.once('SIGINT', onInterrupt);
	try {
		return await runAndFollow(host, command, id, {...options, submitsJob: request.submitJob !== '*NO'}, out);
	} finally {
		process.off('SIGINT', onInterrupt);
		host.close();
	}
}

async function runAndFollow(host: BrmsHost, command: string, id: string, options: SubmitOptions & {submitsJob: boolean}, out: Output): Promise<number> {
	let run: Awaited<ReturnType<BrmsHost['runCommand']>>;
	try {
		run = await host.runCommand(command);
	} catch (error) {
		if (error instanceof SshRefused) throw new CliError(1, error.message);
		throw error;
	}
	const messages = typedMessages(run.messages);
	const job = submittedJob(run.messages);
	// SBMJOB(*YES)/(*CTLSBS) is done only when the host names the job it submitted (CPC1221):
	// without it, nobody knows whether a job was submitted at all — never a success.
	const jobNotKnown = options.submitsJob && run.outcome === 'completed' && run.exitCode === 0 && job === undefined;
	if (!options.json) out.print(safeLines([command, ...messages.map(each => `${each.id}: ${each.text}`)].join('\n')));
	// SBMJOB(*YES): follow the job to its end over the same connection.
	const followed: JobProgress[] = [];
	const end =
		job && !options.noFollow && run.outcome === 'completed'
			? await host.followJob(job, step => {
					followed.push(step);
					if (!options.json && step.line) out.print(safeText(`${step.status.padEnd(8)} ${step.line}`));
				})
			: undefined;
	if (options.json) {
		const result = {
			command,
			exitCode: run.exitCode,
			messages,
			...(job ? {job} : {}),
			...(end ? {followed, jobEnd: end} : {}),
			...(run.outcome === 'unknown' ? {outcome: 'unknown', reason: run.reason} : {}),
			...(jobNotKnown ? {outcome: 'unknown', reason: 'job not known'} : {}),
		};
		out.print(jsonText(result));
	} else if (end) out.print(safeText(end.summary));
	if (run.outcome === 'unknown') {
		process.stderr.write(`${safeText(`brms-tui: outcome unknown${job ? ` for job ${job}` : ''} on ${id}: ${run.reason}. Check the job on the host.`)}\n`);
		return 1;
	}
	if (jobNotKnown) {
		process.stderr.write(
			`brms-tui: job not known: ${id} ran ${command} but named no submitted job (no CPC1221 came back). Check the host (WRKSBMJOB) before running it again.\n`,
		);
		return 1;
	}
	if (end) return endedWell(end) ? 0 : 1;
	return run.exitCode === 0 ? 0 : 1;
}
