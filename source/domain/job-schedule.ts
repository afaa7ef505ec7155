// The job-schedule entry WRKCTLGBRM option 6 adds: IBM i ADDJOBSCDE running
// STRBKUBRM CTLGRP(name) SBMJOB(*NO) (brms.md §1.2 [V]). Values are checked here and the CL
// command is built only from checked values, with text quoted as a CL string literal.

import {isName} from './names.js';

export type ScheduleEntry = {
	job: string;
	controlGroup: string;
	frequency: string;
	scheduleDate: string;
	scheduleDays: string[];
	scheduleTime: string;
	text: string;
};

export const FREQUENCIES = ['*ONCE', '*WEEKLY', '*MONTHLY'] as const;
export const SCHEDULE_DAYS = ['*MON', '*TUE', '*WED', '*THU', '*FRI', '*SAT', '*SUN'] as const;
export const SCHEDULE_DATES = ['*NONE', '*CURRENT', '*MONTHSTR', '*MONTHEND'] as const;

export type ScheduleProblem = {field: keyof ScheduleEntry; text: string};

/** A CL string literal: apostrophes doubled, the whole in apostrophes. */
export function clString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

export function checkScheduleEntry(entry: ScheduleEntry): ScheduleProblem[] {
	const problems: ScheduleProblem[] = [];
	if (!isName(entry.job)) problems.push({field: 'job', text: `Job name ${entry.job || "' '"} not valid.`});
	if (!(FREQUENCIES as readonly string[]).includes(entry.frequency))
		problems.push({field: 'frequency', text: `Frequency ${entry.frequency} not valid; use ${FREQUENCIES.join(', ')}.`});
	if (!(SCHEDULE_DATES as readonly string[]).includes(entry.scheduleDate) && !/^\d{6}$/.test(entry.scheduleDate)) {
		problems.push({field: 'scheduleDate', text: `Schedule date ${entry.scheduleDate} not valid; use MMDDYY or a special value.`});
	}
	const days = entry.scheduleDays;
	const special = days.length === 1 && (days[0] === '*ALL' || days[0] === '*NONE');
	if (!special && (days.length === 0 || days.some(day => !(SCHEDULE_DAYS as readonly string[]).includes(day)))) {
		problems.push({field: 'scheduleDays', text: `Schedule day not valid; use *ALL, *NONE or days such as *MON *FRI.`});
	}
	if (entry.scheduleTime !== '*CURRENT' && !/^([01]\d|2[0-3])[0-5]\d([0-5]\d)?$/.test(entry.scheduleTime)) {
		problems.push({field: 'scheduleTime', text: `Schedule time ${entry.scheduleTime} not valid; use HHMM, HHMMSS or *CURRENT.`});
	}
	if (entry.text.length > 50) problems.push({field: 'text', text: 'Text cannot be longer than 50 characters.'});
	return problems;
}

/** The ADDJOBSCDE command for a checked entry. */
export function addJobScheduleEntryCommand(entry: ScheduleEntry): string {
	if (checkScheduleEntry(entry).length > 0 || !isName(entry.controlGroup.replace(/^\*/, ''))) {
		throw new Error('A job-schedule entry is built from checked values only.');
	}
	return [
		`ADDJOBSCDE JOB(${entry.job})`,
		`CMD(STRBKUBRM CTLGRP(${entry.controlGroup}) SBMJOB(*NO))`,
		`FRQ(${entry.frequency})`,
		`SCDDATE(${entry.scheduleDate})`,
		`SCDDAY(${entry.scheduleDays.join(' ')})`,
		`SCDTIME(${entry.scheduleTime})`,
		`TEXT(${clString(entry.text)})`,
	].join(' ');
}
