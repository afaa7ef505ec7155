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
	commandLineNotAvailable: {id: 'TUI0004', text: 'Commands cannot be run from brms-tui; use STRBKUBRM from the panels.', verified: false},
	positionToNotFound: {id: 'TUI0007', text: 'No control group starts with &1; list positioned to the next one.', verified: false},
	noControlGroups: {id: 'TUI0008', text: 'No backup control groups found.', verified: false},
	functionNotAvailable: {id: 'TUI0009', text: '&1 is not available in this version of brms-tui.', verified: false},
} as const satisfies Record<string, MessageDefinition>;

export type MessageKey = keyof typeof MESSAGES;

/** A message ready to show: its ID and its text with the variables filled in. */
export type Message = {id: string; text: string};

export function message(key: MessageKey, ...values: Array<string | number>): Message {
	const definition: MessageDefinition = MESSAGES[key];
	const text = definition.text.replace(/&(\d+)/g, (_, index: string) => String(values[Number(index) - 1] ?? ''));
	return {id: definition.id, text};
}
