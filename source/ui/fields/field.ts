// Input fields as data (position, length, kind), as a 5250 format describes them.

import type {Attributes, Run} from '../screen/model.js';

export type FieldKind =
	/** Mixed case, any character (Text fields). */
	| 'text'
	/** IBM i names and special values: letters are upper-cased as typed. */
	| 'name'
	/** Only 0-9 (operator error 0010 otherwise), e.g. Opt and sequence columns. */
	| 'digits';

export type FieldDefinition = {
	id: string;
	/** 1-based screen row and column of the first input position. */
	row: number;
	col: number;
	length: number;
	kind: FieldKind;
	/** Field Exit right-adjusts the value (numeric fields such as sequence numbers). */
	rightAdjust?: boolean;
	/** Non-display (5250 ND attribute, a password): what is typed is kept but not shown. */
	hidden?: boolean;
};

/** Screen order: by row, then column (the order Tab follows). */
export function inScreenOrder(fields: readonly FieldDefinition[]): FieldDefinition[] {
	return [...fields].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The field shown as a 5250 input field: green, underlined, reverse image when in error. */
export function fieldRun(field: FieldDefinition, value: string, options: {inError?: boolean; color?: Attributes['color']} = {}): Run {
	return {
		row: field.row,
		col: field.col,
		text: field.hidden ? ' '.repeat(field.length) : value.slice(0, field.length).padEnd(field.length),
		attributes: {color: options.color ?? 'green', underline: true, reverse: options.inError === true},
	};
}
