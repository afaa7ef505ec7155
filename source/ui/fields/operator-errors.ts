// 5250 operator error codes for local editing mistakes, with the texts of the 5494 User's Guide
// as tn5250 carries them (keys-5250.md §3.3, verified).

export const OPERATOR_ERRORS = {
	cursorInProtectedArea: {id: '0005', text: 'Cursor in protected area of display.'},
	onlyDigits: {id: '0010', text: 'Only characters 0 through 9 allowed.'},
	noRoomToInsert: {id: '0012', text: 'No room to insert data.'},
	fieldMinusNotValid: {id: '0016', text: 'Field Minus key not valid in field.'},
	dupNotAllowed: {id: '0019', text: 'Duplicate key or Field Mark key not allowed in field.'},
	undefinedKey: {id: '0027', text: 'Cannot use undefined key.'},
} as const;

// Messages of the display kit itself. IBM's IDs for these are not known, so they carry
// brms-tui IDs (TUI9xxx; the domain's own messages are TUI0xxx) — see domain/messages.ts.
export const KIT_MESSAGES = {
	functionKeyNotAllowed: {id: 'TUI9001', text: 'Function key not allowed.'},
	interruptIgnored: {id: 'TUI9002', text: 'Ctrl+C does not end brms-tui here; press F3=Exit or F12=Cancel.'},
	rollTop: {id: 'TUI9003', text: 'Already at top of area.'},
	rollBottom: {id: 'TUI9004', text: 'Already at bottom of area.'},
	selectOnly: {id: 'TUI9005', text: 'Type 1 to select a value.'},
	promptNotAvailable: {id: 'TUI9006', text: 'F4=Prompt is not available for the field at the cursor.'},
	stoppedWaiting: {id: 'TUI9007', text: 'Stopped waiting. The command may still be running on the host.'},
	waitingForHost: {id: 'TUI9008', text: 'Waiting for the host...'},
	characterNotValid: {id: 'TUI9009', text: 'Character not valid: a 5250 field cannot hold control characters.'},
} as const;
