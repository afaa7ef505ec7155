// Every BRMS panel brms-tui shows, in one typed record (as gemini-cli keys its bindings by
// command: Readonly<Record<Command, …>>): its title, its help, the WRKCTLGBRM option that opens
// it and the command it prompts. WRKCTLGBRM's options and command line, F1's panel help and the
// screenshot test all read it. A panel's `id` is a PanelId, so a panel not listed here — or
// listed without its title or help — does not compile.
//
// Adding an option panel: a folder with view.ts (what it draws) and panel.ts (its reducer, its
// instance and its PanelDefinition with `option`), then its id in PANEL_IDS and one line in
// PANELS. Its number appears on WRKCTLGBRM's option legend by itself.

import {type HelpText, panelHelp} from '../ui/panel/windows.js';
import {ADD_TO_SCHEDULE} from './add-to-schedule/panel.js';
import {BACKUP_POLICY} from './backup-policy/panel.js';
import {BACKUP_STATUS} from './backup-status/panel.js';
import type {BrmsInstance, OptionDone} from './brms-panel.js';
import {CHANGE_ATTRIBUTES, DISPLAY_ATTRIBUTES} from './change-attributes/panel.js';
import {CHANGE_SHEET} from './change-sheet/panel.js';
import {COMMAND_MESSAGES} from './command-messages/panel.js';
import {COMMAND_PROMPT} from './command-prompt/panel.js';
import {CONFIRM_DELETE} from './confirm-delete/panel.js';
import {CREATE_ENTRIES, DISPLAY_ENTRIES, EDIT_ENTRIES} from './control-group-entries/panel.js';
import {COPY_GROUP, CREATE_GROUP} from './group-name-prompt/panel.js';
import {DISPLAY_LESSON, LESSONS} from './lessons/panel.js';
import {JOB_QUEUES_TO_PROCESS, SUBSYSTEMS_TO_PROCESS} from './process-lists/panel.js';
import {RUN_LOG} from './run-log/panel.js';
import {RUNNING_BACKUPS} from './running-backups/panel.js';
import {SCHEDULED_JOBS} from './scheduled-jobs/panel.js';
import {SELECT_SYSTEM} from './select-system/panel.js';
import type {StoredGroup} from './services.js';
import {START_BACKUP} from './start-backup/panel.js';
import {USER_EXIT} from './user-exit-maintenance/panel.js';
import {WORK_WITH_CONTROL_GROUPS} from './work-with-control-groups/panel.js';

export const PANEL_IDS = [
	'WRKCTLGBRM',
	'CREATE-GROUP',
	'CREATE-ENTRIES',
	'EDIT-ENTRIES',
	'COPY-GROUP',
	'CONFIRM-DELETE',
	'DISPLAY-ENTRIES',
	'DISPLAY-ATTRIBUTES',
	'ADD-TO-SCHEDULE',
	'CHANGE-ATTRIBUTES',
	'SUBSYSTEMS',
	'JOB-QUEUES',
	'USER-EXIT',
	'STRBKUBRM',
	'COMMAND-MESSAGES',
	'CHANGE-SHEET',
	'SELECT-SYSTEM',
	'LESSONS',
	'LESSON',
	'SCHEDULED-JOBS',
	'BACKUP-POLICY',
	'COMMAND-PROMPT',
	'BACKUP-STATUS',
	'RUN-LOG',
	'RUNNING-BACKUPS',
] as const;

export type PanelId = (typeof PANEL_IDS)[number];

/** What an option's panel is opened with: the groups it was typed next to, as stored now. */
export type OptionContext = {systemName: string; groups: readonly StoredGroup[]; names: readonly string[]};

export type OptionEntry = {
	value: number;
	label: string;
	/** Starts a new line of the option legend. */
	newLine?: boolean;
	/**
	 * F12 on its panel returns to the list with the option still typed next to its groups and
	 * the options after it not processed, to change the choices (Confirm Delete says so).
	 */
	keptOnCancel?: boolean;
	/** The panel on those groups; undefined when there is none to open. */
	open: (context: OptionContext) => BrmsInstance<OptionDone> | undefined;
};

/** A command typed on the command line that brms-tui prompts (its first word names it). */
export type CommandEntry = {name: string; open: (typed: string, systemName: string) => BrmsInstance<never>};

export type PanelDefinition = {
	/** The title on row 1 (the screenshot test finds it in the panel's picture). */
	title: string;
	/** What F1 away from a field says about the panel (the key map follows). */
	help: readonly string[];
	option?: OptionEntry;
	command?: CommandEntry;
	/** Opened by `brms-tui learn`, not from WRKCTLGBRM. */
	learn?: true;
};

export const PANELS: Readonly<Record<PanelId, PanelDefinition>> = {
	WRKCTLGBRM: WORK_WITH_CONTROL_GROUPS,
	'CREATE-GROUP': CREATE_GROUP,
	'CREATE-ENTRIES': CREATE_ENTRIES,
	'EDIT-ENTRIES': EDIT_ENTRIES,
	'COPY-GROUP': COPY_GROUP,
	'CONFIRM-DELETE': CONFIRM_DELETE,
	'DISPLAY-ENTRIES': DISPLAY_ENTRIES,
	'DISPLAY-ATTRIBUTES': DISPLAY_ATTRIBUTES,
	'ADD-TO-SCHEDULE': ADD_TO_SCHEDULE,
	'CHANGE-ATTRIBUTES': CHANGE_ATTRIBUTES,
	SUBSYSTEMS: SUBSYSTEMS_TO_PROCESS,
	'JOB-QUEUES': JOB_QUEUES_TO_PROCESS,
	'USER-EXIT': USER_EXIT,
	STRBKUBRM: START_BACKUP,
	'COMMAND-MESSAGES': COMMAND_MESSAGES,
	'CHANGE-SHEET': CHANGE_SHEET,
	'SELECT-SYSTEM': SELECT_SYSTEM,
	LESSONS,
	LESSON: DISPLAY_LESSON,
	'SCHEDULED-JOBS': SCHEDULED_JOBS,
	'BACKUP-POLICY': BACKUP_POLICY,
	'COMMAND-PROMPT': COMMAND_PROMPT,
	'BACKUP-STATUS': BACKUP_STATUS,
	'RUN-LOG': RUN_LOG,
	'RUNNING-BACKUPS': RUNNING_BACKUPS,
};

/** WRKCTLGBRM's options, in number order. */
export const OPTIONS: readonly OptionEntry[] = PANEL_IDS.flatMap(id => PANELS[id].option ?? []).sort((a, b) => a.value - b.value);

export const COMMANDS: readonly CommandEntry[] = PANEL_IDS.flatMap(id => PANELS[id].command ?? []);

/** F1 away from a field: the panel's title and help, then the key map. */
export function panelHelpOf(id: string): HelpText | undefined {
	const known = PANEL_IDS.find(each => each === id);
	return known && panelHelp(PANELS[known].title, PANELS[known].help);
}
