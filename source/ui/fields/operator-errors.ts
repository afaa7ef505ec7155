// 5250 operator error codes for local editing mistakes, with the texts of the 5494 User's Guide
// as tn5250 carries them (keys-5250.md §3.3, verified). Their help is brms-tui's wording.

import type {ScreenMessage} from './editor.js';

const RESET = 'Press Reset (Ctrl+R, or Esc R), or a cursor key, and type again.';

export const OPERATOR_ERRORS = {
	cursorInProtectedArea: {
		id: '0005',
		text: 'Cursor in protected area of display.',
		help: {cause: 'Characters can be typed only into input fields (underlined).', recovery: `${RESET} Tab moves to the next input field.`},
	},
	onlyDigits: {id: '0010', text: 'Only characters 0 through 9 allowed.', help: {cause: 'This field takes digits only.', recovery: RESET}},
	noRoomToInsert: {
		id: '0012',
		text: 'No room to insert data.',
		help: {
			cause: 'In insert mode the field is full: the last character would be pushed out.',
			recovery: `${RESET} Delete a character first, or leave insert mode (Insert).`,
		},
	},
	fieldMinusNotValid: {
		id: '0016',
		text: 'Field Minus key not valid in field.',
		help: {cause: 'Field Minus makes a signed numeric field negative; this field is not one.', recovery: RESET},
	},
	dupNotAllowed: {
		id: '0019',
		text: 'Duplicate key or Field Mark key not allowed in field.',
		help: {cause: 'This field does not take Dup or Field Mark.', recovery: RESET},
	},
	undefinedKey: {
		id: '0027',
		text: 'Cannot use undefined key.',
		help: {
			cause: 'The key sends something brms-tui does not know (brms-tui keys --test shows what).',
			recovery: `${RESET} brms-tui keys prints the key map; keys.json can add a key.`,
		},
	},
} as const satisfies Record<string, ScreenMessage>;

// Messages of the display kit itself. IBM's IDs for these are not known, so they carry
// brms-tui IDs (TUI9xxx; the domain's own messages are TUI0xxx) — see domain/messages.ts.
export const KIT_MESSAGES = {
	functionKeyNotAllowed: {
		id: 'TUI9001',
		text: 'Function key not allowed.',
		help: {cause: 'This panel does not use the function key pressed.', recovery: 'Use a key shown at the bottom of the panel (F24 shows more of them).'},
	},
	interruptIgnored: {
		id: 'TUI9002',
		text: 'Ctrl+C does not end brms-tui here; press F3=Exit or F12=Cancel.',
		help: {
			cause: 'On a 5250 panel Ctrl+C is not a key: it would throw away what was typed.',
			recovery: 'F3 leaves the function (an edit F3 keeps is saved); F12 goes back a panel.',
		},
	},
	rollTop: {
		id: 'TUI9003',
		text: 'Already at top of area.',
		help: {cause: 'Roll Down (Page Up) goes back a page; this is the first.', recovery: 'Roll Up (Page Down) shows the next page.'},
	},
	rollBottom: {
		id: 'TUI9004',
		text: 'Already at bottom of area.',
		help: {cause: 'Roll Up (Page Down) goes on a page; this is the last.', recovery: 'Roll Down (Page Up) shows the page before.'},
	},
	selectOnly: {
		id: 'TUI9005',
		text: 'Type 1 to select a value.',
		help: {cause: 'The list takes option 1 only.', recovery: 'Type 1 next to a value and press Enter, or F12 to leave the list.'},
	},
	promptNotAvailable: {
		id: 'TUI9006',
		text: 'F4=Prompt is not available for the field at the cursor.',
		help: {cause: 'The field has no list of values.', recovery: 'Put the cursor on another field, or type the value; F1 explains the field.'},
	},
	stoppedWaiting: {
		id: 'TUI9007',
		text: 'Stopped waiting. The command may still be running on the host.',
		help: {
			cause: 'Ctrl+C stopped the waiting for the host, not the work the host was doing.',
			recovery: 'Check the host for what the command did (WRKACTJOB, DSPLOGBRM).',
		},
	},
	waitingForHost: {
		id: 'TUI9008',
		text: 'Waiting for the host...',
		help: {cause: 'The command was sent; the keyboard waits for the answer.', recovery: 'Wait, or press Ctrl+C to stop waiting (the host goes on).'},
	},
	characterNotValid: {
		id: 'TUI9009',
		text: 'Character not valid: a 5250 field cannot hold control characters.',
		help: {
			cause: 'A control character (ESC, a line break, a tab …) was typed or pasted; a 5250 keyboard types none.',
			recovery: `The field was left as it was. ${RESET}`,
		},
	},
} as const satisfies Record<string, ScreenMessage>;
