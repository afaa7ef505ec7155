// Control-group attributes (WRKCTLGBRM option 8, "Change Backup Control Group Attributes").
// Nearly every attribute defaults to *BKUPCY: "use the value in the backup policy".

import type {Attributes} from './control-group.js';

export type AttributeDefinition = {
	key: string;
	/** The label on the panel, without dot leaders. */
	label: string;
	/** Default value for a new control group. */
	defaultValue: string | string[];
};

// TODO(issue 3): complete from shared/spec/brms.md §4.2 (labels, values, pages, rules).
export const ATTRIBUTE_DEFINITIONS: readonly AttributeDefinition[] = [
	{key: 'fullMediaPolicy', label: 'Full backups', defaultValue: '*BKUPCY'},
	{key: 'incrMediaPolicy', label: 'Incremental backups', defaultValue: '*BKUPCY'},
];

/** The attributes of a new group, with the given values laid over the defaults. */
export function withDefaultAttributes(values: Partial<Attributes> = {}): Attributes {
	const attributes: Record<string, string | string[]> = {};
	for (const definition of ATTRIBUTE_DEFINITIONS) {
		attributes[definition.key] = Array.isArray(definition.defaultValue) ? [...definition.defaultValue] : definition.defaultValue;
	}
	for (const [key, value] of Object.entries(values)) {
		if (value !== undefined) attributes[key] = value;
	}
	return attributes as Attributes;
}
