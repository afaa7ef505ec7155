// STRBKUBRM (Start Backup using BRM): its parameters as the command prompt shows them, their
// checks, and the CL command built from checked values only (brms.md §5.1). The command's
// definition was not captured from a host: keywords CTLGRP, SBMJOB, JOBD are verified, the
// rest product knowledge [K] or uncertain [?]; run GENCMDDOC CMD(QBRM/STRBKUBRM) to confirm.
// Also: the job a CPC1221 names (ibmi-ssh.md §2.2). The exec line that carries the command to the
// host is host/ibmi/system-utility.ts's.

import {upperAscii} from './field-text.js';
import {isName, isQualifiedName, qualifiedJobNameIn, SHIPPED_GROUPS} from './ibmi-names.js';

export type StrbkubrmRequest = {
	controlGroup: string;
	/** hhmmss or *IMMED. */
	scheduleTime: string;
	submitJob: '*YES' | '*NO' | '*CTLSBS' | string;
	/** Start and end sequence: a number 1-9999, or *FIRST / *LAST. */
	startingSequence: {start: string; end: string};
	activity: string;
	/** Overrides the media policy's retention: a type and, for *DAYS and *VERSION, a number. */
	retention: {type: string; value: string};
	/** Append to media: *CTLGRPATR, *YES or *NO. */
	append: string;
	/** *USRPRF or LIB/NAME. */
	jobDescription: string;
	/** *JOBD or LIB/NAME. */
	jobQueue: string;
	/** Process object omits: *PROCESS or *IGNORE. */
	omits: string;
};

export type StrbkubrmParameter = {
	keyword: string;
	prompt: string;
	/** The allowed values as the prompt's right-hand column shows them. */
	hint: string;
	/** The longest value it takes, as its prompt's fields (both elements of a list, a blank between). */
	length: number;
	tag: 'V' | 'K' | '?';
};

/** The prompt's parameters, in the order the command prompt shows them (brms.md §5.1). */
export const STRBKUBRM_PARAMETERS = {
	CTLGRP: {keyword: 'CTLGRP', prompt: 'Control group', hint: 'Name, *BKUGRP...', length: 10, tag: 'V'},
	SCDTIME: {keyword: 'SCDTIME', prompt: 'Schedule time', hint: 'Time, *IMMED', length: 8, tag: 'K'},
	SBMJOB: {keyword: 'SBMJOB', prompt: 'Submit to batch', hint: '*YES, *NO, *CTLSBS', length: 7, tag: 'V'},
	STRSEQ: {keyword: 'STRSEQ', prompt: 'Starting sequence', hint: '1-9999, *FIRST', length: 13, tag: 'K'},
	ACTIVITY: {keyword: 'ACTIVITY', prompt: 'Activity', hint: '*CTLGRPATR, *FULL...', length: 10, tag: 'K'},
	// RETENTION and APPEND are uncertain [?] (brms.md §5.1): their values are brms-tui's reading.
	RETENTION: {keyword: 'RETENTION', prompt: 'Retention', hint: '*CTLGRPATR, *DAYS...', length: 15, tag: '?'},
	APPEND: {keyword: 'APPEND', prompt: 'Append to media', hint: '*CTLGRPATR, *YES, *NO', length: 10, tag: '?'},
	JOBD: {keyword: 'JOBD', prompt: 'Job description', hint: 'Name, *USRPRF', length: 21, tag: 'V'},
	JOBQ: {keyword: 'JOBQ', prompt: 'Job queue', hint: 'Name, *JOBD', length: 21, tag: 'K'},
	OMITS: {keyword: 'OMITS', prompt: 'Process object omits', hint: '*PROCESS, *IGNORE', length: 8, tag: 'K'},
} as const satisfies Record<string, StrbkubrmParameter>;

export const DEFAULT_REQUEST: Omit<StrbkubrmRequest, 'controlGroup'> = {
	scheduleTime: '*IMMED',
	submitJob: '*YES',
	startingSequence: {start: '*FIRST', end: '*LAST'},
	activity: '*CTLGRPATR',
	retention: {type: '*CTLGRPATR', value: ''},
	append: '*CTLGRPATR',
	jobDescription: '*USRPRF',
	jobQueue: '*JOBD',
	omits: '*PROCESS',
};

/** Retention types [?]: which take a number (days or versions kept) and which take none. */
export const RETENTION_TYPES: Record<string, 'number' | 'none'> = {'*CTLGRPATR': 'none', '*DAYS': 'number', '*VERSION': 'number', '*PERM': 'none'};

/** A value not valid; `element` names the part of an element list (STRSEQ, RETENTION) at fault. */
export type StrbkubrmProblem = {keyword: string; element?: 'start' | 'end' | 'type' | 'value'; text: string};

const SEQUENCE = /^(\d{1,4})$/;
const COUNT = /^\d{1,4}$/;

/** STRSEQ as typed on a command line ("10 *LAST"): at most its two elements. */
export function parseStartingSequence(text: string): {start: string; end: string} | StrbkubrmProblem {
	const [start = '*FIRST', end = '*LAST', ...extra] = upperAscii(text).split(/\s+/).filter(Boolean);
	if (extra.length > 0) return {keyword: 'STRSEQ', text: 'Starting sequence takes two values: a start (*FIRST) and an end (*LAST).'};
	return {start, end};
}

/** STRSEQ's elements as sequence numbers: *FIRST is 1, *LAST 9999; NaN for anything else that is not 0-9999. */
export function sequenceRange({start, end}: {start: string; end: string}): {start: number; end: number} {
	const number = (value: string, special: string, meaning: number) => (value === special ? meaning : SEQUENCE.test(value) ? Number(value) : Number.NaN);
	return {start: number(start, '*FIRST', 1), end: number(end, '*LAST', 9999)};
}

/** The value of KEYWORD(…) in a CL command as typed, trimmed; undefined when the keyword is not there. */
export function clParameter(command: string, keyword: string): string | undefined {
	return new RegExp(`\\b${keyword}\\(([^)]*)\\)`, 'i').exec(command)?.[1]?.trim();
}

/** The checks of the command prompt, in parameter order. */
export function checkStrbkubrm(request: StrbkubrmRequest): StrbkubrmProblem[] {
	const problems: StrbkubrmProblem[] = [];
	const {controlGroup, scheduleTime, submitJob, startingSequence, activity, retention, append, jobDescription, jobQueue, omits} = request;
	if (!isName(controlGroup) && !(SHIPPED_GROUPS as readonly string[]).includes(controlGroup)) {
		problems.push({keyword: 'CTLGRP', text: `Control group ${controlGroup || "' '"} not valid.`});
	}
	if (scheduleTime !== '*IMMED' && !/^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(scheduleTime)) {
		problems.push({keyword: 'SCDTIME', text: `Schedule time ${scheduleTime} not valid; use hhmmss or *IMMED.`});
	}
	if (!['*YES', '*NO', '*CTLSBS'].includes(submitJob))
		problems.push({keyword: 'SBMJOB', text: `Submit to batch ${submitJob} not valid; use *YES, *NO or *CTLSBS.`});
	const {start, end} = sequenceRange(startingSequence);
	if (!(start >= 1 && start <= 9999))
		problems.push({keyword: 'STRSEQ', element: 'start', text: `Starting sequence ${startingSequence.start} not valid; use 1-9999 or *FIRST.`});
	else if (!(end >= 1 && end <= 9999) || end < start)
		problems.push({keyword: 'STRSEQ', element: 'end', text: `Ending sequence ${startingSequence.end} not valid; use ${start}-9999 or *LAST.`});
	// A *CUML value is uncertain [?]; brms-tui offers only the three values seen in sources.
	if (!['*CTLGRPATR', '*FULL', '*INCR'].includes(activity))
		problems.push({keyword: 'ACTIVITY', text: `Activity ${activity} not valid; use *CTLGRPATR, *FULL or *INCR.`});
	const retentionKind = RETENTION_TYPES[retention.type];
	if (!retentionKind)
		problems.push({
			keyword: 'RETENTION',
			element: 'type',
			text: `Retention type ${retention.type || "' '"} not valid; use ${Object.keys(RETENTION_TYPES).join(', ')}.`,
		});
	else if (retentionKind === 'number' && !(COUNT.test(retention.value) && Number(retention.value) >= 1)) {
		problems.push({keyword: 'RETENTION', element: 'value', text: `Retain media ${retention.value || "' '"} not valid for ${retention.type}; use 1-9999.`});
	} else if (retentionKind === 'none' && retention.value !== '')
		problems.push({keyword: 'RETENTION', element: 'value', text: `Retention type ${retention.type} takes no value; leave Retain media blank.`});
	if (!['*CTLGRPATR', '*YES', '*NO'].includes(append))
		problems.push({keyword: 'APPEND', text: `Append to media ${append} not valid; use *CTLGRPATR, *YES or *NO.`});
	if (jobDescription !== '*USRPRF' && !isQualifiedName(jobDescription))
		problems.push({
			keyword: 'JOBD',
			text: `Job description ${jobDescription || "' '"} not valid; use *USRPRF or [LIB/]NAME.`,
		});
	if (jobQueue !== '*JOBD' && !isQualifiedName(jobQueue))
		problems.push({keyword: 'JOBQ', text: `Job queue ${jobQueue || "' '"} not valid; use *JOBD or [LIB/]NAME.`});
	if (!['*PROCESS', '*IGNORE'].includes(omits)) problems.push({keyword: 'OMITS', text: `Process object omits ${omits} not valid; use *PROCESS or *IGNORE.`});
	return problems;
}

/**
 * The STRBKUBRM command for a checked request. Parameters at their defaults are left out, as
 * the IBM i prompter leaves them out of the command it builds.
 */
export function strbkubrmCommand(request: StrbkubrmRequest): string {
	const problems = checkStrbkubrm(request);
	if (problems.length > 0) throw new Error(`STRBKUBRM is built from checked values only: ${problems.map(each => each.text).join(' ')}`);
	const parts = [`STRBKUBRM CTLGRP(${request.controlGroup})`];
	if (request.scheduleTime !== DEFAULT_REQUEST.scheduleTime) parts.push(`SCDTIME(${request.scheduleTime})`);
	// SBMJOB is always written: what it is decides how the app follows the run.
	parts.push(`SBMJOB(${request.submitJob})`);
	const {start, end} = request.startingSequence;
	if (start !== '*FIRST' || end !== '*LAST') parts.push(`STRSEQ(${start} ${end})`);
	if (request.activity !== DEFAULT_REQUEST.activity) parts.push(`ACTIVITY(${request.activity})`);
	const {type, value} = request.retention;
	if (type !== DEFAULT_REQUEST.retention.type) parts.push(`RETENTION(${value === '' ? type : `${type} ${value}`})`);
	if (request.append !== DEFAULT_REQUEST.append) parts.push(`APPEND(${request.append})`);
	if (request.jobDescription !== DEFAULT_REQUEST.jobDescription) parts.push(`JOBD(${request.jobDescription})`);
	if (request.jobQueue !== DEFAULT_REQUEST.jobQueue) parts.push(`JOBQ(${request.jobQueue})`);
	if (request.omits !== DEFAULT_REQUEST.omits) parts.push(`OMITS(${request.omits})`);
	return parts.join(' ');
}

export type HostMessage = {id: string; text: string; stream: 'stdout' | 'stderr'};

/** The qualified job (number/user/name) a CPC1221 "Job … submitted" message names. */
export function submittedJob(messages: readonly HostMessage[]): string | undefined {
	// Found by message ID; the job is a blank-separated token of the (translated) text (ibmi-ssh.md §2.2).
	const submitted = messages.find(each => each.id === 'CPC1221');
	return submitted && qualifiedJobNameIn(submitted.text);
}

/**
 * A STRBKUBRM command as an operator types it (the Command to run of a job-schedule entry):
 * keywords in any order, CTLGRP also by position. Only STRBKUBRM with its own keywords is read;
 * the values are then checked as the prompt checks them, so the command sent is rebuilt from
 * checked values (strbkubrmCommand), never passed on as typed.
 */
export function requestFromCommand(text: string): {request: StrbkubrmRequest} | {problem: StrbkubrmProblem} {
	const command = text.trim().replace(/\s+/g, ' ').toUpperCase();
	const notValid = (why: string): {problem: StrbkubrmProblem} => ({problem: {keyword: 'CMD', text: `Command to run not valid: ${why}`}});
	const head = /^STRBKUBRM(?: |$)/.exec(command);
	if (!head) return notValid('brms-tui schedules STRBKUBRM only.');
	let rest = command.slice(head[0].length);
	const values = new Map<string, string>();
	const positional = /^([^\s()]+)(?: |$)/.exec(rest);
	if (positional) {
		values.set('CTLGRP', positional[1]!);
		rest = rest.slice(positional[0].length);
	}
	while (rest !== '') {
		const parameter = /^([A-Z]+)\(([^()]*)\) ?/.exec(rest);
		if (!parameter) return notValid(`"${rest.slice(0, 20)}" is not a KEYWORD(value).`);
		const [whole, keyword, value] = parameter as unknown as [string, string, string];
		if (!(keyword in STRBKUBRM_PARAMETERS)) return notValid(`STRBKUBRM has no keyword ${keyword.slice(0, 10)}.`);
		if (values.has(keyword)) return notValid(`${keyword} is given twice.`);
		values.set(keyword, value.trim());
		rest = rest.slice(whole.length);
	}
	// Longer than the prompt takes: refused as such (the value could not be said on line 24).
	for (const [keyword, value] of values) {
		const {length} = STRBKUBRM_PARAMETERS[keyword as keyof typeof STRBKUBRM_PARAMETERS];
		if (value.length > length) return notValid(`${keyword} takes at most ${length} characters.`);
	}
	const startingSequence = parseStartingSequence(values.get('STRSEQ') ?? '');
	if ('keyword' in startingSequence) return {problem: startingSequence};
	const [type = DEFAULT_REQUEST.retention.type, retained = '', ...extra] = (values.get('RETENTION') ?? '').split(' ').filter(Boolean);
	if (extra.length > 0) return notValid('RETENTION takes a type and a number, no more.');
	const request: StrbkubrmRequest = {
		controlGroup: values.get('CTLGRP') ?? '',
		scheduleTime: values.get('SCDTIME') ?? DEFAULT_REQUEST.scheduleTime,
		submitJob: values.get('SBMJOB') ?? DEFAULT_REQUEST.submitJob,
		startingSequence,
		activity: values.get('ACTIVITY') ?? DEFAULT_REQUEST.activity,
		retention: {type, value: retained},
		append: values.get('APPEND') ?? DEFAULT_REQUEST.append,
		jobDescription: values.get('JOBD') ?? DEFAULT_REQUEST.jobDescription,
		jobQueue: values.get('JOBQ') ?? DEFAULT_REQUEST.jobQueue,
		omits: values.get('OMITS') ?? DEFAULT_REQUEST.omits,
	};
	const [problem] = checkStrbkubrm(request);
	return problem ? {problem} : {request};
}
