// Every message brms-tui shows, in one table. BRMS's own message IDs for panel validation are
// not public (shared/spec/brms.md §3.13), so a message whose IBM ID is unknown gets a brms-tui
// ID starting with "TUI" and `verified: false`; an IBM ID appears only where the spec verified
// it. A later correction is a one-line change here.

export type MessageDefinition = {
	/** The ID shown on line 24 and in JSON. */
	id: string;
	/** Text with &1, &2 … substitution variables, as IBM message descriptions have them. */
	text: string;
	/** True only where shared/spec verified this ID for this meaning. */
	verified: boolean;
};

export const MESSAGES = {
	optionNotValid: {id: 'TUI0001', text: 'Option &1 not valid.', verified: false},
	optionNotAvailable: {id: 'TUI0002', text: 'Option &1 (&2) is not available in this version of brms-tui.', verified: false},
	commandLineNotAvailable: {id: 'TUI0004', text: 'brms-tui runs only STRBKUBRM from this line (type it and press Enter to prompt it).', verified: false},
	positionToNotFound: {id: 'TUI0007', text: 'No control group starts with &1; list positioned to the next one.', verified: false},
	noControlGroups: {id: 'TUI0008', text: 'No backup control groups found.', verified: false},
	functionNotAvailable: {id: 'TUI0009', text: '&1 is not available in this version of brms-tui.', verified: false},
	// Control-group names and header (TUI01xx).
	nameRequired: {id: 'TUI0101', text: 'Control group name required.', verified: false},
	nameNotValid: {id: 'TUI0102', text: 'Control group name &1 not valid; use 1-10 characters A-Z 0-9 $ # @ _ . starting with A-Z $ # @.', verified: false},
	nameReserved: {id: 'TUI0103', text: 'Control group &1 is supplied by BRMS and cannot be created.', verified: false},
	nameGenerated: {id: 'TUI0104', text: 'Names starting with &1 are used by groups BRMS generates.', verified: false},
	textTooLong: {id: 'TUI0105', text: 'Text cannot be longer than 50 characters.', verified: false},
	defaultActivityNotValid: {id: 'TUI0106', text: 'Default activity &1 not valid; use *BKUPCY or 7 positions of F, I or blank.', verified: false},
	groupExists: {id: 'TUI0107', text: 'Control group &1 already exists.', verified: false},
	// Entries (TUI02xx).
	seqNotValid: {id: 'TUI0201', text: 'Sequence number &1 not valid; use 1 through 9999.', verified: false},
	seqDuplicate: {id: 'TUI0202', text: 'Sequence number &1 is used by more than one entry.', verified: false},
	tooManyEntries: {id: 'TUI0203', text: 'A control group can hold at most 999 entries.', verified: false},
	itemNotValid: {id: 'TUI0204', text: 'Backup item &1 not valid.', verified: false},
	listTypeNotValid: {id: 'TUI0205', text: 'List type &1 not valid; use *LNK, *OBJ, *FLR or *SPL.', verified: false},
	listTypeNotAllowed: {id: 'TUI0206', text: 'List type is only allowed when the backup item is a list name.', verified: false},
	activityNotValid: {id: 'TUI0207', text: 'Weekly activity &1 not valid; use *DFTACT or 7 positions of F, I or blank.', verified: false},
	retainNotValid: {id: 'TUI0208', text: 'Retain object detail &1 not valid; use *YES, *MBR, *OBJ, *ERR or *NO.', verified: false},
	swaNotValid: {id: 'TUI0209', text: 'Save while active &1 not valid for &2; use &3.', verified: false},
	swaMessageQueueNotValid: {id: 'TUI0210', text: 'SWA message queue &1 not valid; use *LIB, *NONE, *WRKSTN or a name.', verified: false},
	swaMessageQueueUnused: {id: 'TUI0211', text: 'SWA message queue is used only when save while active is not *NO.', verified: false},
	aspDeviceNotValid: {id: 'TUI0212', text: 'ASP device &1 not valid; use *SYSBAS, *CURASPGRP, *ALLAVL or a device name.', verified: false},
	syncIdNotValid: {id: 'TUI0213', text: 'Sync ID &1 not valid; use *NONE or a name.', verified: false},
	columnNotAllowed: {id: 'TUI0214', text: '&1 does not apply to backup item &2; leave it blank.', verified: false},
	exitControlGroupMismatch: {id: 'TUI0215', text: 'SAVDOMBRM must name this control group: CTLGRP(&1), not CTLGRP(&2).', verified: false},
	exitSaveType: {id: 'TUI0216', text: 'Do not specify SAVTYPE on SAVDOMBRM; BRMS chooses full or incremental.', verified: false},
	exitUnsafeCommand: {id: 'TUI0217', text: 'IBM advises against running &1 from an exit.', verified: false},
	exitLotusFirstOrLast: {id: 'TUI0218', text: '&1 belongs in an exit that is neither the first nor the last entry.', verified: false},
	automaticOmitList: {id: 'TUI0219', text: 'List &1 is applied by BRMS automatically; do not add it to a group.', verified: false},
	// What the store refused or could not do: one message each (panels/effects.ts failureMessage).
	storeGroupChanged: {id: 'TUI0220', text: 'Control group &1 was changed by another brms-tui session; the change was not stored.', verified: false},
	groupSaved: {id: 'TUI0221', text: 'Control group &1 saved.', verified: false},
	changeItemExitOnly: {id: 'TUI0222', text: 'F10=Change item works on *EXIT entries; position the cursor on one.', verified: false},
	remoteCopyNotAvailable: {id: 'TUI0223', text: 'brms-tui copies control groups within this system only; use *LCL.', verified: false},
	groupCopied: {id: 'TUI0224', text: 'Control group &1 copied to &2.', verified: false},
	groupDeleted: {id: 'TUI0225', text: 'Control group &1 deleted.', verified: false},
	groupNotFound: {id: 'TUI0226', text: 'Control group &1 not found; press F5 to refresh the list.', verified: false},
	scheduleValueNotValid: {id: 'TUI0227', text: 'Value not valid for the job-schedule entry.', verified: false},
	scheduleEntryAdded: {id: 'TUI0228', text: 'Job schedule entry &1 added on system &2.', verified: false},
	attributesFirstPage: {id: 'TUI0229', text: 'Already on the first page of attributes.', verified: false},
	attributesLastPage: {id: 'TUI0230', text: 'Already on the last page of attributes.', verified: false},
	storeGroupExists: {id: 'TUI0231', text: 'Control group &1 already exists (another brms-tui session made it); the change was not stored.', verified: false},
	storeGroupDeleted: {id: 'TUI0232', text: 'Control group &1 was deleted by another brms-tui session; the change was not stored.', verified: false},
	storeLocked: {id: 'TUI0233', text: 'Another brms-tui session holds the store; the change was not stored. Try again.', verified: false},
	storeDamaged: {id: 'TUI0234', text: 'The store file &1 is damaged or from a newer brms-tui; the change was not stored.', verified: false},
	storeFailed: {id: 'TUI0235', text: 'The store could not be written (&1); the change was not stored.', verified: false},
	storeNoSpace: {id: 'TUI0236', text: 'No space left on the file system of &1; the change was not stored.', verified: false},
	characterNotValid: {id: 'TUI0238', text: '&1 holds &2 at position &3, which a 5250 field cannot hold.', verified: false},
	storeLockUnusable: {id: 'TUI0237', text: "The store's lock &1 cannot be used (&2); the change was not stored.", verified: false},
	strbkubrmValueNotValid: {id: 'TUI0504', text: '&1', verified: false},
	demoRunsOnlyStrbkubrm: {id: 'TUI0501', text: 'The demo system runs only STRBKUBRM; it did not run: &1', verified: false},
	demoGroupNotFound: {id: 'TUI0502', text: 'Control group &1 not found on the demo system.', verified: false},
	hostRunFailed: {id: 'TUI0503', text: '&1', verified: false},
	jobFollowEnded: {id: 'TUI0505', text: '&1', verified: false},
	hostKeyNotKnown: {id: 'TUI0506', text: 'The host key of &1 is not known.', verified: false},
	groupMarkedApplied: {id: 'TUI0507', text: 'Control group &1 recorded as applied on &2.', verified: false},
	// Subsystems and job queues (TUI03xx).
	subsystemNotValid: {id: 'TUI0301', text: 'Subsystem &1 not valid; use a name or *ALL.', verified: false},
	libraryNotValid: {id: 'TUI0302', text: 'Library &1 not valid.', verified: false},
	valueNotAllowed: {id: 'TUI0303', text: 'Value &1 not valid for &2; use &3.', verified: false},
	jobQueueNotValid: {id: 'TUI0304', text: 'Job queue &1 not valid.', verified: false},
	// Attributes (TUI04xx).
	attributeNotValid: {id: 'TUI0401', text: 'Value &1 not valid for &2: &3.', verified: false},
} as const satisfies Record<string, MessageDefinition>;

export type MessageKey = keyof typeof MESSAGES;

/** A message ready to show: its ID and its text with the variables filled in. */
export type Message = {id: string; text: string};

export function message(key: MessageKey, ...values: Array<string | number>): Message {
	const definition: MessageDefinition = MESSAGES[key];
	const text = definition.text.replace(/&(\d+)/g, (_, index: string) => String(values[Number(index) - 1] ?? ''));
	return {id: definition.id, text};
}
