// STRBKUBRM (Start Backup using BRM): its parameters as the command prompt shows them, their
// checks, and the CL command built from checked values only (brms.md §5.1). The command's
// definition was not captured from a host: keywords CTLGRP, SBMJOB, JOBD are verified, the
// rest product knowledge [K] or uncertain [?]; run GENCMDDOC CMD(QBRM/STRBKUBRM) to confirm.
// Also: passing the command to the PASE `system` utility over SSH, and reading its messages
// (ibmi-ssh.md §1.4, §1.5, §2.2).

import {isName, isQualifiedName, SHIPPED_GROUPS} from './names.js';

export type StrbkubrmRequest = {
	controlGroup: string;
	/** hhmmss or *IMMED. */
	scheduleTime: string;
	submitJob: '*YES' | '*NO' | '*CTLSBS' | string;
	/** Start and end sequence: a number 1-9999, or *FIRST / *LAST. */
	startingSequence: {start: string; end: string};
	activity: string;
	/** *USRPRF or LIB/NAME. */
	jobDescription: string;
	/** *JOBD or LIB/NAME. */
	jobQueue: string;
};

export type StrbkubrmParameter = {
	keyword: string;
	prompt: string;
	hint: string;
	defaultValue: string;
	tag: 'V' | 'K' | '?';
};

export const STRBKUBRM_PARAMETERS: readonly StrbkubrmParameter[] = [
	{keyword: 'CTLGRP', prompt: 'Control group', hint: 'Name, *BKUGRP, *SYSGRP...', defaultValue: '', tag: 'V'},
	{keyword: 'SCDTIME', prompt: 'Schedule time', hint: 'Time, *IMMED', defaultValue: '*IMMED', tag: 'K'},
	{keyword: 'SBMJOB', prompt: 'Submit to batch', hint: '*YES, *NO, *CTLSBS', defaultValue: '*YES', tag: 'V'},
	{keyword: 'STRSEQ', prompt: 'Starting sequence', hint: '1-9999, *FIRST', defaultValue: '*FIRST *LAST', tag: 'K'},
	{keyword: 'ACTIVITY', prompt: 'Activity', hint: '*CTLGRPATR, *FULL, *INCR', defaultValue: '*CTLGRPATR', tag: 'K'},
	{keyword: 'JOBD', prompt: 'Job description', hint: 'Name, *USRPRF', defaultValue: '*USRPRF', tag: 'V'},
	{keyword: 'JOBQ', prompt: 'Job queue', hint: 'Name, *JOBD', defaultValue: '*JOBD', tag: 'K'},
];

export const DEFAULT_REQUEST: Omit<StrbkubrmRequest, 'controlGroup'> = {
	scheduleTime: '*IMMED',
	submitJob: '*YES',
	startingSequence: {start: '*FIRST', end: '*LAST'},
	activity: '*CTLGRPATR',
	jobDescription: '*USRPRF',
	jobQueue: '*JOBD',
};

export type StrbkubrmProblem = {keyword: string; text: string};

const SEQUENCE = /^(\d{1,4})$/;

/** The checks of the command prompt, in parameter order. */
export function checkStrbkubrm(request: StrbkubrmRequest): StrbkubrmProblem[] {
	const problems: StrbkubrmProblem[] = [];
	const {controlGroup, scheduleTime, submitJob, startingSequence, activity, jobDescription, jobQueue} = request;
	if (!isName(controlGroup) && !(SHIPPED_GROUPS as readonly string[]).includes(controlGroup)) {
		problems.push({keyword: 'CTLGRP', text: `Control group ${controlGroup || "' '"} not valid.`});
	}
	if (scheduleTime !== '*IMMED' && !/^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(scheduleTime)) {
		problems.push({keyword: 'SCDTIME', text: `Schedule time ${scheduleTime} not valid; use hhmmss or *IMMED.`});
	}
	if (!['*YES', '*NO', '*CTLSBS'].includes(submitJob)) problems.push({keyword: 'SBMJOB', text: `Submit to batch ${submitJob} not valid; use *YES, *NO or *CTLSBS.`});
	const start = startingSequence.start === '*FIRST' ? 1 : SEQUENCE.test(startingSequence.start) ? Number(startingSequence.start) : Number.NaN;
	const end = startingSequence.end === '*LAST' ? 9999 : SEQUENCE.test(startingSequence.end) ? Number(startingSequence.end) : Number.NaN;
	if (!(start >= 1 && start <= 9999)) problems.push({keyword: 'STRSEQ', text: `Starting sequence ${startingSequence.start} not valid; use 1-9999 or *FIRST.`});
	else if (!(end >= 1 && end <= 9999) || end < start) problems.push({keyword: 'STRSEQ', text: `Ending sequence ${startingSequence.end} not valid; use ${start}-9999 or *LAST.`});
	// A *CUML value is uncertain [?]; brms-tui offers only the three values seen in sources.
	if (!['*CTLGRPATR', '*FULL', '*INCR'].includes(activity)) problems.push({keyword: 'ACTIVITY', text: `Activity ${activity} not valid; use *CTLGRPATR, *FULL or *INCR.`});
	if (jobDescription !== '*USRPRF' && !isQualifiedName(jobDescription)) problems.push({keyword: 'JOBD', text: `Job description ${jobDescription} not valid.`});
	if (jobQueue !== '*JOBD' && !isQualifiedName(jobQueue)) problems.push({keyword: 'JOBQ', text: `Job queue ${jobQueue} not valid.`});
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
	if (request.jobDescription !== DEFAULT_REQUEST.jobDescription) parts.push(`JOBD(${request.jobDescription})`);
	if (request.jobQueue !== DEFAULT_REQUEST.jobQueue) parts.push(`JOBQ(${request.jobQueue})`);
	return parts.join(' ');
}

/** POSIX shell single-quoting of one word: the same in bsh, ksh and bash (ibmi-ssh.md §1.4). */
export function shellQuote(word: string): string {
	return `'${word.replaceAll("'", `'\\''`)}'`;
}

export const SYSTEM_UTILITY = '/QOpenSys/usr/bin/system';

/** The exec line for sshd: the PASE system utility with the CL command as one argument. */
export function systemExecLine(clCommand: string): string {
	if (/[\u0000-\u001F\u007F]/.test(clCommand)) throw new Error('A CL command cannot hold control characters.');
	return `${SYSTEM_UTILITY} ${shellQuote(clCommand)}`;
}

export type HostMessage = {id: string; text: string; stream: 'stdout' | 'stderr'};

const MESSAGE_LINE = /^([A-Z][A-Z0-9]{2}[0-9A-F]{4}): ?(.*)$/;

/** `MSGID: text` lines of the system utility's output; other lines (spooled output) are left out. */
export function parseMessages(output: string, stream: HostMessage['stream']): HostMessage[] {
	return output.split(/\r?\n/).flatMap(line => {
		const match = MESSAGE_LINE.exec(line.trim());
		return match ? [{id: match[1]!, text: match[2]!, stream}] : [];
	});
}

/** The qualified job (number/user/name) a CPC1221 "Job … submitted" message names. */
export function submittedJob(messages: readonly HostMessage[]): string | undefined {
	const submitted = messages.find(each => each.id === 'CPC1221');
	return submitted ? /\b(\d{6}\/[A-Z0-9$#@_.]{1,10}\/[A-Z0-9$#@_.]{1,10})\b/i.exec(submitted.text)?.[1] : undefined;
}
