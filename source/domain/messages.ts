// Every message brms-tui shows, in one table, as IBM message descriptions are: a first-level text
// for line 24 (at most 78 characters with its values), its substitution values with their
// longest length (as ADDMSGD's FMT((*CHAR 10)) declares them), and a second-level text — cause
// and recovery — that F1 on the message shows (Additional Message Information).
//
// BRMS's own message IDs for panel validation are not public (shared/spec/brms.md §3.13), so a
// message whose IBM ID is unknown gets a brms-tui ID starting with "TUI" and `verified: false`;
// an IBM ID appears only where the spec verified it. A later correction is a one-line change here.

export type MessageHelp = {cause: string; recovery: string};

export type MessageDefinition = {
	/** The ID shown in the F1 window, the CLI and JSON (never on line 24). */
	id: string;
	/** First-level text with &1, &2 … substitution variables, as IBM message descriptions have them. */
	text: string;
	/** The longest each value &1, &2 … can be (characters); a variable used only in the help is not bounded. */
	values?: readonly number[];
	/** Second-level text: why, and what to do (may use the variables too). */
	help: MessageHelp;
	/** True only where shared/spec verified this ID for this meaning. */
	verified: boolean;
};

/** Line 24 from column 2 to column 79: a message longer than this would be cut. */
export const MESSAGE_LINE_WIDTH = 78;

// Lengths of the values: names of IBM i objects are 10 characters, a qualified job
// number/user/name 28, a system name 8, a sequence number 4, a typed option 2.
const NAME = 10;
const JOB = 28;
const SYSTEM = 8;
/** The longest attribute title (its heading and label: "Save active wait time: Pending record changes"). */
const ATTRIBUTE = 45;

const NAME_RULES = 'A name is 1 to 10 characters: A-Z, 0-9, $, #, @, _ and period, the first one A-Z, $, # or @.';
const TYPE_AGAIN = 'Type a valid value and press Enter. F4 on the field lists the values allowed.';

export const MESSAGES = {
	optionNotValid: {
		id: 'TUI0001',
		text: 'Option &1 not valid.',
		values: [2],
		help: {
			cause: 'The option typed in the Opt column is not one this list offers.',
			recovery: 'Type an option listed at the top of the panel (F23 shows the rest), or blank it, and press Enter.',
		},
		verified: false,
	},
	optionNotAvailable: {
		id: 'TUI0002',
		text: 'Option &1 (&2) is not available in brms-tui.',
		values: [2, 21],
		help: {cause: 'BRMS has option &1, but brms-tui does not do it yet.', recovery: 'Use the option on the IBM i itself (WRKCTLGBRM).'},
		verified: false,
	},
	commandLineNotAvailable: {
		id: 'TUI0004',
		text: 'Only STRBKUBRM can be run from this command line.',
		help: {
			cause: 'brms-tui is not an IBM i session: of the commands a command line takes, it runs STRBKUBRM only.',
			recovery: 'Type STRBKUBRM (with parameters, if wanted) and press Enter or F4 to prompt it, or clear the line.',
		},
		verified: false,
	},
	positionToNotFound: {
		id: 'TUI0007',
		text: 'No control group starts with &1; list positioned to the next one.',
		values: [NAME],
		help: {
			cause: 'No control group name starts with the characters typed in Position to.',
			recovery: 'The list starts at the next name instead. Type other starting characters to move again.',
		},
		verified: false,
	},
	functionNotAvailable: {
		id: 'TUI0009',
		text: '&1 is not available in brms-tui.',
		values: [30],
		help: {cause: 'The function is on the BRMS panel, but brms-tui does not do it.', recovery: 'Use the function on the IBM i itself.'},
		verified: false,
	},
	// Control-group names and header (TUI01xx).
	nameRequired: {
		id: 'TUI0101',
		text: 'Control group name required.',
		help: {cause: 'The control group name is blank.', recovery: `Type a name and press Enter. ${NAME_RULES}`},
		verified: false,
	},
	nameNotValid: {
		id: 'TUI0102',
		text: 'Control group name &1 not valid.',
		values: [NAME],
		help: {cause: '&1 is not an IBM i name.', recovery: `${NAME_RULES} Names starting with * are BRMS's own.`},
		verified: false,
	},
	nameReserved: {
		id: 'TUI0103',
		text: 'Control group &1 is supplied by BRMS and cannot be created.',
		values: [NAME],
		help: {
			cause: 'BRMS ships the control groups *BKUGRP, *SYSGRP and *SYSTEM; names starting with * are theirs.',
			recovery: 'Choose a name that does not start with *.',
		},
		verified: false,
	},
	nameGenerated: {
		id: 'TUI0104',
		text: 'Names starting with &1 are used by groups BRMS generates.',
		values: [5],
		help: {
			cause: 'BRMS generates control groups named QLTS*, QCLDB*, QNFS* (and Z* for missed objects); one of yours could be replaced or mistaken for one.',
			recovery: 'Press Enter again to keep the name, or choose another.',
		},
		verified: false,
	},
	textTooLong: {
		id: 'TUI0105',
		text: 'Text cannot be longer than 50 characters.',
		help: {cause: 'BRMS keeps 50 characters of text for a control group.', recovery: 'Shorten the text to 50 characters.'},
		verified: false,
	},
	defaultActivityNotValid: {
		id: 'TUI0106',
		text: 'Default activity &1 not valid.',
		values: [7],
		help: {
			cause: 'The default activity is *BKUPCY or a week of activities.',
			recovery: 'Type *BKUPCY (the backup policy decides), or 7 positions, Sunday to Saturday: F (full), I (incremental) or blank (none).',
		},
		verified: false,
	},
	groupExists: {
		id: 'TUI0107',
		text: 'Control group &1 already exists.',
		values: [NAME],
		help: {cause: 'A control group of that name is already on this system.', recovery: 'Choose another name, or work with the group that exists.'},
		verified: false,
	},
	// Entries (TUI02xx).
	seqNotValid: {
		id: 'TUI0201',
		text: 'Sequence number &1 not valid; use 1 through 9999.',
		values: [4],
		help: {cause: 'Entries are processed in sequence number order, 1 through 9999.', recovery: 'Type a number from 1 to 9999.'},
		verified: false,
	},
	seqDuplicate: {
		id: 'TUI0202',
		text: 'Sequence number &1 is used by more than one entry.',
		values: [4],
		help: {cause: 'Two entries have the same sequence number.', recovery: 'Give each entry a number of its own.'},
		verified: false,
	},
	tooManyEntries: {
		id: 'TUI0203',
		text: 'A control group can hold at most 999 entries.',
		help: {cause: 'BRMS allows 999 entries in a control group.', recovery: 'Remove entries, or split the group in two.'},
		verified: false,
	},
	itemNotValid: {
		id: 'TUI0204',
		text: 'Backup item &1 not valid.',
		values: [NAME],
		help: {
			cause:
				'A backup item is a library name (generic names such as PAY* too), a list name with its list type, or a special value such as *ALLUSR, *IBM, *LINK, *SAVSYS or *EXIT.',
			recovery: TYPE_AGAIN,
		},
		verified: false,
	},
	listTypeNotValid: {
		id: 'TUI0205',
		text: 'List type &1 not valid; use *LNK, *OBJ, *FLR or *SPL.',
		values: [4],
		help: {cause: 'A list is a link list (*LNK), an object list (*OBJ), a folder list (*FLR) or a spooled file list (*SPL).', recovery: TYPE_AGAIN},
		verified: false,
	},
	listTypeNotAllowed: {
		id: 'TUI0206',
		text: 'List type is only allowed when the backup item is a list name.',
		help: {
			cause: 'A library, a generic name or a special value takes no list type.',
			recovery: 'Blank the list type, or type the name of a list as the backup item.',
		},
		verified: false,
	},
	activityNotValid: {
		id: 'TUI0207',
		text: 'Weekly activity &1 not valid.',
		values: [7],
		help: {
			cause: 'The weekly activity is *DFTACT or a week of activities.',
			recovery: "Type *DFTACT (the group's default activity), or 7 positions, Sunday to Saturday: F (full), I (incremental) or blank (none).",
		},
		verified: false,
	},
	retainNotValid: {
		id: 'TUI0208',
		text: 'Retain object detail &1 not valid; use *YES, *MBR, *OBJ, *ERR or *NO.',
		values: [4],
		help: {cause: 'Retain object detail says how much of what was saved BRMS records.', recovery: TYPE_AGAIN},
		verified: false,
	},
	swaNotValid: {
		id: 'TUI0209',
		text: 'Save while active &1 not valid for &2.',
		values: [8, 13],
		help: {cause: 'Library items and link items take different save-while-active values.', recovery: 'Use one of: &3.'},
		verified: false,
	},
	swaMessageQueueNotValid: {
		id: 'TUI0210',
		text: 'SWA message queue &1 not valid.',
		values: [NAME],
		help: {
			cause: 'The message queue that hears of the save-while-active checkpoint.',
			recovery: `Type *LIB, *NONE, *WRKSTN or a message queue name. ${NAME_RULES}`,
		},
		verified: false,
	},
	swaMessageQueueUnused: {
		id: 'TUI0211',
		text: 'SWA message queue is used only when save while active is not *NO.',
		help: {cause: 'Without save-while-active there is no checkpoint to report.', recovery: 'Blank the SWA message queue, or change Save while active.'},
		verified: false,
	},
	aspDeviceNotValid: {
		id: 'TUI0212',
		text: 'ASP device &1 not valid.',
		values: [NAME],
		help: {cause: 'The ASP device is where the backup item is.', recovery: 'Type *SYSBAS, *CURASPGRP, *ALLAVL or the name of an ASP device.'},
		verified: false,
	},
	syncIdNotValid: {
		id: 'TUI0213',
		text: 'Sync ID &1 not valid; use *NONE or a name.',
		values: [NAME],
		help: {cause: 'Entries with the same sync ID reach their save-while-active checkpoint together.', recovery: `Type *NONE or a name. ${NAME_RULES}`},
		verified: false,
	},
	columnNotAllowed: {
		id: 'TUI0214',
		text: '&1 does not apply to backup item &2; leave it blank.',
		values: [20, NAME],
		help: {cause: 'An *EXIT entry, and some special values, take no value in this column.', recovery: 'Blank the field.'},
		verified: false,
	},
	exitControlGroupMismatch: {
		id: 'TUI0215',
		text: 'SAVDOMBRM names control group &2; this group is &1.',
		values: [NAME, NAME],
		help: {
			cause: 'The Lotus online backup exit runs SAVDOMBRM for the group it belongs to: CTLGRP(&1), not CTLGRP(&2).',
			recovery: 'Change the exit command to CTLGRP(&1).',
		},
		verified: false,
	},
	exitSaveType: {
		id: 'TUI0216',
		text: 'Do not specify SAVTYPE on SAVDOMBRM; BRMS chooses full or incremental.',
		help: {cause: "BRMS passes the save type from the group's activity.", recovery: 'Remove SAVTYPE from the exit command.'},
		verified: false,
	},
	exitUnsafeCommand: {
		id: 'TUI0217',
		text: 'IBM advises against running &1 from an exit.',
		values: [NAME],
		help: {cause: 'The command saves or ends what the control group itself is saving.', recovery: 'Press Enter again to keep it, or change the exit command.'},
		verified: false,
	},
	exitLotusFirstOrLast: {
		id: 'TUI0218',
		text: '&1 belongs in an exit that is neither the first nor the last entry.',
		values: [NAME],
		help: {cause: 'The Lotus server is saved between the exits that stop and start it.', recovery: 'Move the exit between the first and the last entry.'},
		verified: false,
	},
	automaticOmitList: {
		id: 'TUI0219',
		text: 'List &1 is applied by BRMS automatically; do not add it to a group.',
		values: [NAME],
		help: {cause: 'BRMS omits what this list names on every online Lotus backup.', recovery: 'Remove the entry.'},
		verified: false,
	},
	// What the store refused or could not do: one message each (panels/effects.ts failureMessage).
	// A refused change stores nothing; what was refused is said in the help.
	storeGroupChanged: {
		id: 'TUI0220',
		text: 'Control group &1 was changed by another session; change not stored.',
		values: [NAME],
		help: {
			cause: 'Another brms-tui session stored a change to control group &1 after this panel read it; storing this one would have undone it.',
			recovery: 'Press F12, then F5 to see the group as it is now, and make the change again.',
		},
		verified: false,
	},
	groupSaved: {
		id: 'TUI0221',
		text: 'Control group &1 saved.',
		values: [NAME],
		help: {
			cause: 'The control group was saved in the store of this system.',
			recovery: 'None. To run it on the host, see brms-tui diff for what to key there.',
		},
		verified: false,
	},
	changeItemExitOnly: {
		id: 'TUI0222',
		text: 'F10=Change item works on *EXIT entries; position the cursor on one.',
		help: {cause: 'F10 changes the command of an *EXIT entry.', recovery: 'Put the cursor on an *EXIT entry and press F10.'},
		verified: false,
	},
	remoteCopyNotAvailable: {
		id: 'TUI0223',
		text: 'brms-tui copies control groups within this system only; use *LCL.',
		help: {cause: "Copying to another system needs that system's BRMS network.", recovery: 'Type *LCL, or copy on the IBM i itself.'},
		verified: false,
	},
	groupCopied: {
		id: 'TUI0224',
		text: 'Control group &1 copied to &2.',
		values: [NAME, NAME],
		help: {cause: 'The copy was saved in the store of this system.', recovery: 'None.'},
		verified: false,
	},
	groupDeleted: {
		id: 'TUI0225',
		text: 'Control group &1 deleted.',
		values: [NAME],
		help: {cause: 'The control group was deleted from the store of this system.', recovery: 'None.'},
		verified: false,
	},
	groupNotFound: {
		id: 'TUI0226',
		text: 'Control group &1 not found; press F5 to refresh the list.',
		values: [NAME],
		help: {cause: 'Another brms-tui session deleted or renamed the group.', recovery: 'Press F5 to show the list as it is now.'},
		verified: false,
	},
	scheduleValueNotValid: {
		id: 'TUI0227',
		text: '&1',
		values: [MESSAGE_LINE_WIDTH],
		help: {cause: 'A value of the job schedule entry is not one ADDJOBSCDE takes.', recovery: 'Type one of the values named beside the field and press Enter.'},
		verified: false,
	},
	scheduleEntryAdded: {
		id: 'TUI0228',
		text: 'Job schedule entry &1 added on system &2.',
		values: [NAME, SYSTEM],
		help: {cause: 'The host added the entry: it runs its command at the times given.', recovery: 'None. WRKJOBSCDE on the system shows it.'},
		verified: false,
	},
	attributesFirstPage: {
		id: 'TUI0229',
		text: 'Already on the first page of attributes.',
		help: {cause: 'Roll Down (Page Up) goes back a page; this is the first.', recovery: 'Roll Up (Page Down) shows the next page.'},
		verified: false,
	},
	attributesLastPage: {
		id: 'TUI0230',
		text: 'Already on the last page of attributes.',
		help: {cause: 'Roll Up (Page Down) goes on a page; this is the last.', recovery: 'Roll Down (Page Up) shows the page before.'},
		verified: false,
	},
	storeGroupExists: {
		id: 'TUI0231',
		text: 'Control group &1 was created by another session; change not stored.',
		values: [NAME],
		help: {
			cause: 'While this panel was open, another brms-tui session created a control group named &1.',
			recovery: 'Press F12 and choose another name, or F5 on the list to work with the group that now exists.',
		},
		verified: false,
	},
	storeGroupDeleted: {
		id: 'TUI0232',
		text: 'Control group &1 was deleted by another session; change not stored.',
		values: [NAME],
		help: {
			cause: 'Another brms-tui session deleted control group &1 after this panel read it.',
			recovery: 'Press F12, then F5 to see the list as it is now.',
		},
		verified: false,
	},
	storeLocked: {
		id: 'TUI0233',
		text: 'Another brms-tui session holds the store; change not stored.',
		help: {
			cause: 'Another brms-tui session was writing the store and held its lock longer than this one waits.',
			recovery: 'Press the key again in a moment to store the change.',
		},
		verified: false,
	},
	storeDamaged: {
		id: 'TUI0234',
		text: 'The store file is damaged or from a newer brms-tui; change not stored.',
		help: {
			cause: 'The store file &1 could not be read as a store of this brms-tui: it is damaged, or a newer brms-tui wrote it. It was left as it is.',
			recovery: 'Restore the file from a backup, or use the brms-tui that wrote it.',
		},
		verified: false,
	},
	storeFailed: {
		id: 'TUI0235',
		text: 'The store could not be written; change not stored.',
		help: {
			cause: 'The file system refused the write: &1.',
			recovery: 'Correct what the cause names (space, permissions) and press the key again to store the change.',
		},
		verified: false,
	},
	groupsDeleted: {
		id: 'TUI0236',
		text: '&1 control groups deleted.',
		values: [3],
		help: {cause: 'The control groups typed with option 4 were deleted from the store: &2.', recovery: 'None.'},
		verified: false,
	},
	storeLockUnusable: {
		id: 'TUI0237',
		text: "The store's lock file cannot be used; change not stored.",
		help: {
			cause: 'The lock file &1 is not one brms-tui made, or cannot be read: &2.',
			recovery: 'When no brms-tui is running, remove the lock file (or correct its permissions) and press the key again.',
		},
		verified: false,
	},
	characterNotValid: {
		id: 'TUI0238',
		text: 'Character &1 at position &2 cannot be held in a 5250 field.',
		// A code point (U+10FFFF) and a place in a value of at most 64 MiB.
		values: [8, 8],
		help: {
			cause:
				"A 5250 field holds the printable characters of the job's character set (CCSID 37: U+0020-U+007E, U+00A0-U+00FF); &1 is a control character or not among them.",
			recovery: 'Remove the character, or type the value with characters the field can hold.',
		},
		verified: false,
	},
	storeNoSpace: {
		id: 'TUI0239',
		text: 'No space left on the file system of the store; change not stored.',
		help: {
			cause: 'The file system of &1 is full: the store was not written and is as it was.',
			recovery: 'Make room on that file system and press the key again to store the change.',
		},
		verified: false,
	},
	// STRBKUBRM and the host (TUI05xx).
	strbkubrmValueNotValid: {
		id: 'TUI0504',
		text: '&1',
		// The prompt's own texts, each at most a line with the field's longest value (a test checks them).
		values: [MESSAGE_LINE_WIDTH],
		help: {cause: 'A value the STRBKUBRM prompt does not take.', recovery: 'Type a valid value and press Enter. F4 on a parameter lists its values.'},
		verified: false,
	},
	demoRunsOnlyStrbkubrm: {
		id: 'TUI0501',
		text: 'The demo system runs only STRBKUBRM.',
		help: {cause: 'The built-in demo system plays BRMS, not a whole IBM i.', recovery: 'Run STRBKUBRM, or add a real system: brms-tui system add.'},
		verified: false,
	},
	demoGroupNotFound: {
		id: 'TUI0502',
		text: 'Control group &1 not found on the demo system.',
		values: [NAME],
		help: {cause: 'The demo system runs the groups of its own store.', recovery: 'Name a group the list shows.'},
		verified: false,
	},
	hostRunFailed: {
		id: 'TUI0503',
		text: 'Command not run on system &1.',
		values: [SYSTEM],
		help: {cause: '&2', recovery: 'Correct what the cause names (the connection, the sign-on, the host key) and press Enter to send the command again.'},
		verified: false,
	},
	groupMarkedApplied: {
		id: 'TUI0507',
		text: 'Control group &1 recorded as applied on &2.',
		values: [NAME, SYSTEM],
		help: {
			cause: 'The store now takes the local group as what the host holds.',
			recovery: 'None. brms-tui diff shows nothing to key until the group changes again.',
		},
		verified: false,
	},
	// A followed run's verdict on line 24, in an operator's words; the run's summary (BRMS's
	// message ID, the end code) is the cause, and is in the JSON.
	backupCompleted: {
		id: 'TUI0508',
		text: 'The backup completed normally.',
		help: {cause: '&1', recovery: 'None. The BRMS log on the host (DSPLOGBRM) has the details.'},
		verified: false,
	},
	backupCompletedWithErrors: {
		id: 'TUI0509',
		text: 'The backup completed with errors: some items were not saved.',
		help: {cause: '&1', recovery: 'See the BRMS log (DSPLOGBRM) on the host for the items not saved, and save them again.'},
		verified: false,
	},
	backupEndedAbnormally: {
		id: 'TUI0510',
		text: 'The backup ended abnormally: not every item was processed.',
		help: {cause: '&1', recovery: 'See the BRMS log (DSPLOGBRM) and the job log on the host for the reason.'},
		verified: false,
	},
	backupOutcomeUnknown: {
		id: 'TUI0511',
		text: 'The outcome of the backup is not known; check the job on the host.',
		help: {cause: '&1', recovery: 'Check the job on the host: DSPLOGBRM, or WRKJOB with the job named above.'},
		verified: false,
	},
	backupJobEndedNormally: {
		id: 'TUI0512',
		text: "The job ended normally; BRMS's verdict could not be read.",
		help: {cause: '&1', recovery: 'Check the BRMS log on the host (DSPLOGBRM) for whether every item was saved.'},
		verified: false,
	},
	scheduleNotAdded: {
		id: 'TUI0513',
		text: 'Job schedule entry &1 not added on &2: the host refused it.',
		values: [NAME, SYSTEM],
		help: {cause: 'The host answered ADDJOBSCDE with an error; its messages were shown.', recovery: 'Correct what the messages name and add the entry again.'},
		verified: false,
	},
	scheduleOutcomeUnknown: {
		id: 'TUI0514',
		text: 'Job schedule entry &1 on &2: outcome unknown; see WRKJOBSCDE.',
		values: [NAME, SYSTEM],
		help: {
			cause: 'ADDJOBSCDE was sent, but its end was not seen (the connection dropped, or the wait was stopped).',
			recovery: 'WRKJOBSCDE on the host shows whether the entry was added.',
		},
		verified: false,
	},
	followStopped: {
		id: 'TUI0515',
		text: 'Stopped following job &1; it goes on on the host.',
		values: [JOB],
		help: {
			cause: 'Ctrl+C stopped the following, not the job.',
			recovery: 'See the job on the host: WRKJOB JOB(&1), and DSPLOGBRM for how the backup went.',
		},
		verified: false,
	},
	// Backup Status and Running Backups (TUI13xx).
	statusNoRun: {
		id: 'TUI1301',
		text: 'Control group &1 has no run to display.',
		values: [NAME],
		help: {
			cause: 'The BRMS log of the system holds no start (BRM1380) of a run of &1, or the system could not be asked.',
			recovery: 'Type 5 next to a group that shows a last run.',
		},
		verified: false,
	},
	statusNotRead: {
		id: 'TUI1302',
		text: 'The backup status of &1 could not be read.',
		values: [SYSTEM],
		help: {cause: 'brms-tui could not ask the host: &2', recovery: 'Press F5 to ask again; brms-tui status --system NAME says the same from a shell.'},
		verified: false,
	},
	statusLogEmpty: {
		id: 'TUI1303',
		text: 'No BRMS log lines for job &1.',
		values: [JOB],
		help: {
			cause: 'The BRMS log holds no lines of the run of job &1 (they may have been removed by BRMS maintenance).',
			recovery: 'DSPLOGBRM on the host shows what BRMS kept.',
		},
		verified: false,
	},
	runsCompleted: {
		id: 'TUI1310',
		text: 'All &1 backups completed normally.',
		values: [3],
		help: {cause: 'BRMS logged BRM1049 for every job followed here.', recovery: 'None needed.'},
		verified: false,
	},
	runsNotCompleted: {
		id: 'TUI1311',
		text: '&1 of &2 backups did not complete normally; see the lines above.',
		values: [3, 3],
		help: {
			cause: 'BRMS did not log BRM1049 for every job: a run completed with errors, ended abnormally, was refused, or its end was not seen.',
			recovery: 'Each line says how its job ended; DSPLOGBRM on the host, or Backup Status (F14 on Work with Backup Control Groups), shows the details.',
		},
		verified: false,
	},
	runsFollowStopped: {
		id: 'TUI1312',
		text: 'Stopped following &1 jobs; they go on on the host.',
		values: [3],
		help: {cause: 'Ctrl+C stopped the following, not the jobs: &2.', recovery: 'See them on the host with WRKJOB, and their verdicts with F14=Backup status.'},
		verified: false,
	},
	// Subsystems and job queues (TUI03xx).
	subsystemNotValid: {
		id: 'TUI0301',
		text: 'Subsystem &1 not valid; use a name or *ALL.',
		values: [NAME],
		help: {cause: 'BRMS ends the subsystems listed here before the save.', recovery: `Type *ALL or a subsystem name. ${NAME_RULES}`},
		verified: false,
	},
	libraryNotValid: {
		id: 'TUI0302',
		text: 'Library &1 not valid.',
		values: [NAME],
		help: {cause: '&1 is not an IBM i name.', recovery: `Type *LIBL or a library name. ${NAME_RULES}`},
		verified: false,
	},
	valueNotAllowed: {
		id: 'TUI0303',
		text: 'Value &1 not valid for &2; use &3.',
		values: [8, 10, 17],
		help: {cause: 'The column takes only the values named.', recovery: 'Type one of: &3.'},
		verified: false,
	},
	jobQueueNotValid: {
		id: 'TUI0304',
		text: 'Job queue &1 not valid.',
		values: [NAME],
		help: {cause: '&1 is not an IBM i name.', recovery: `Type a job queue name. ${NAME_RULES}`},
		verified: false,
	},
	// Lessons (TUI17xx): brms-tui learn.
	lessonLater: {
		id: 'TUI1701',
		text: 'Lesson &1 is not ready yet; F1 says why.',
		values: [15],
		help: {cause: '&2', recovery: 'Choose another lesson. 5=Show shows what this one will teach.'},
		verified: false,
	},
	lessonNotStarted: {
		id: 'TUI1702',
		text: 'Lesson &1 could not be started; F1 says why.',
		values: [15],
		help: {cause: "The lesson's sandbox could not be made: &2", recovery: 'Correct what the cause names (space, permissions) and start the lesson again.'},
		verified: false,
	},
	lessonGone: {
		id: 'TUI1703',
		text: 'That lesson is no longer there; press F5 to refresh the list.',
		help: {cause: 'The lesson was not found when it was to be shown.', recovery: 'Press F5 to list the lessons as they are now.'},
		verified: false,
	},
	// Attributes (TUI04xx).
	attributeNotValid: {
		id: 'TUI0401',
		text: 'Value &1 not valid for &2.',
		values: [NAME, ATTRIBUTE],
		help: {cause: '&2: &3.', recovery: 'Type a value the attribute takes; F4 on the field lists them.'},
		verified: false,
	},
	attributeValuesNotValid: {
		id: 'TUI0402',
		text: 'Values for &1 not valid.',
		values: [ATTRIBUTE],
		help: {cause: '&1: &2.', recovery: 'Correct the list of names; F4 on a field lists the values.'},
		verified: false,
	},
	// The job schedule, the backup policy and the media policies (TUI15xx).
	scheduledJobsNotRead: {
		id: 'TUI1501',
		text: 'The job schedule of &1 was not read; press F1 for why.',
		values: [SYSTEM],
		help: {cause: '&2', recovery: 'Press F5 to ask again. Over SSH the user needs *JOBCTL to see every column of QSYS2.SCHEDULED_JOB_INFO.'},
		verified: false,
	},
	noScheduledJobs: {
		id: 'TUI1502',
		text: 'No BRMS jobs (STRBKUBRM) on the job schedule of &1.',
		values: [SYSTEM],
		help: {cause: 'No job schedule entry on &1 runs STRBKUBRM.', recovery: 'Use option 6 (Add to schedule) on a control group to add one.'},
		verified: false,
	},
	backupPolicyChanged: {
		id: 'TUI1503',
		text: 'Backup policy changed locally; key it on the host (change sheet, F9 steps).',
		help: {
			cause: "The backup policy is kept in this system's local store; the host keeps its own until it is keyed there.",
			recovery: 'Key the steps in WRKPCYBRM *BKU, option 1 (brms-tui diff GROUP lists them), then mark the group applied.',
		},
		verified: false,
	},
	policyValueNotValid: {
		id: 'TUI1504',
		text: 'Value &1 not valid for &2.',
		values: [NAME, ATTRIBUTE],
		help: {cause: '&3', recovery: 'Type a value the backup policy takes; F4 on the field lists them. *BKUPCY is for control groups only.'},
		verified: false,
	},
	mediaPolicyUnknown: {
		id: 'TUI1505',
		text: 'Media policy &1 is not one of the media policies of &2.',
		values: [NAME, SYSTEM],
		help: {
			cause: 'The name is not in the list F4 shows for this system.',
			recovery: 'Press F4 on the field and choose a media policy, or create it on the host first.',
		},
		verified: false,
	},
	promptValueUnpaired: {
		id: 'TUI1506',
		text: 'Value of &1 not valid: its quotes or parentheses do not pair.',
		values: [NAME],
		help: {
			cause: 'A value inside KEYWORD(...) must close every parenthesis and quoted string it opens.',
			recovery: 'Correct the value, or blank it to leave the parameter out.',
		},
		verified: false,
	},
	nothingToPrompt: {
		id: 'TUI1507',
		text: 'Type a CL command first; F4 then prompts its parameters.',
		help: {
			cause: 'F4 prompts the command typed in the field; it is empty.',
			recovery: 'Type the command (for example SAVDOMBRM SERVER(DOM1) CTLGRP(QLTSSVR)), then press F4.',
		},
		verified: false,
	},
	commandNotPromptable: {
		id: 'TUI1508',
		text: 'The command cannot be prompted: check its name, quotes and parentheses.',
		help: {
			cause: 'A command starts with its name (LIB/NAME or NAME, up to 10 characters each), and its quotes and parentheses pair.',
			recovery: 'Correct the command, then press F4 again.',
		},
		verified: false,
	},
} as const satisfies Record<string, MessageDefinition>;

export type MessageKey = keyof typeof MESSAGES;

/** A message ready to show: its ID, its text and its second-level text with the values filled in. */
export type Message = {id: string; text: string; help: MessageHelp};

const fill = (text: string, values: ReadonlyArray<string | number>) => text.replace(/&(\d+)/g, (_, index: string) => String(values[Number(index) - 1] ?? ''));

export function message(key: MessageKey, ...values: Array<string | number>): Message {
	const definition: MessageDefinition = MESSAGES[key];
	return {
		id: definition.id,
		text: fill(definition.text, values),
		help: {cause: fill(definition.help.cause, values), recovery: fill(definition.help.recovery, values)},
	};
}
