// The shape of one system's store file (system-<id>.json), its JSON schema, and the
// migrations from older formats. Version numbers only grow; a file from a newer brms-tui is
// reported and left alone, never rewritten.

import {ATTRIBUTE_DEFINITIONS, withDefaultAttributes} from '../domain/attributes.js';
import type {ControlGroup} from '../domain/control-group.js';

export const STORE_FORMAT = 'brms-tui/store';
export const STORE_VERSION = 5;

export type StoreDocument = {
	format: typeof STORE_FORMAT;
	version: number;
	controlGroups: ControlGroup[];
	/** Per group: bumped by every save of that group; a save from an older one is refused. */
	revisions: Record<string, number>;
	/** Per group: the definition as last applied on the host (what the host is known to hold). */
	applied: Record<string, ControlGroup>;
};

const nullableString = {type: ['string', 'null']};

const entrySchema = {
	type: 'object',
	required: ['seq', 'item', 'listType', 'aspDevice', 'activity', 'retainObjectDetail', 'saveWhileActive', 'swaMessageQueue', 'syncId'],
	properties: {
		seq: {type: 'integer', minimum: 1, maximum: 9999},
		item: {type: 'string', minLength: 1},
		listType: nullableString,
		aspDevice: nullableString,
		activity: {type: 'string'},
		retainObjectDetail: nullableString,
		saveWhileActive: nullableString,
		swaMessageQueue: nullableString,
		syncId: nullableString,
		exitCommand: nullableString,
	},
};

const controlGroupSchema = {
	type: 'object',
	required: ['name', 'type', 'text', 'defaultActivity', 'attributes', 'entries', 'subsystems', 'jobQueues'],
	properties: {
		name: {type: 'string', minLength: 1, maxLength: 10},
		type: {const: '*BKU'},
		text: {type: 'string'},
		defaultActivity: {type: 'string'},
		// Every attribute of the table, each a value, a list of values (Backup devices) or blank.
		attributes: {
			type: 'object',
			required: ATTRIBUTE_DEFINITIONS.map(definition => definition.key),
			additionalProperties: {anyOf: [{type: 'string'}, {type: 'null'}, {type: 'array', items: {type: 'string'}}]},
		},
		entries: {type: 'array', items: entrySchema, maxItems: 999},
		subsystems: {type: 'array', items: {type: 'object', required: ['seq', 'subsystem']}},
		jobQueues: {type: 'array', items: {type: 'object', required: ['seq', 'jobQueue']}},
	},
};

/** conf's per-key schema (checked by Ajv on every read and write). */
export const STORE_SCHEMA = {
	format: {const: STORE_FORMAT},
	version: {type: 'integer', minimum: 1},
	controlGroups: {type: 'array', items: controlGroupSchema},
	revisions: {type: 'object', additionalProperties: {type: 'integer', minimum: 0}},
	applied: {type: 'object', additionalProperties: controlGroupSchema},
} as const;

export class StoreFormatError extends Error {
	constructor(
		/** corrupt: ours but damaged; newer: from a newer brms-tui; foreign: not a brms-tui store. */
		readonly kind: 'corrupt' | 'newer' | 'foreign',
		readonly path: string,
		detail: string,
	) {
		super(detail);
	}
}

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

// MIGRATIONS[n] turns a version-n document into version n+1.
const MIGRATIONS: Record<number, Migration> = {
	// Version 1 (the first builds) held {revision, controlGroups}: one revision for the whole file.
	1: ({revision, controlGroups}) => {
		const groups = Array.isArray(controlGroups) ? (controlGroups as ControlGroup[]) : [];
		const base = typeof revision === 'number' ? revision : 1;
		return {
			format: STORE_FORMAT,
			version: 2,
			controlGroups: groups,
			revisions: Object.fromEntries(groups.map(group => [group.name, base])),
		};
	},
	// Version 2 files may hold only the two media-policy attributes: the others get their defaults.
	2: document => ({
		...document,
		version: 3,
		controlGroups: ((document['controlGroups'] ?? []) as ControlGroup[]).map(group => ({
			...group,
			attributes: withDefaultAttributes(group.attributes),
		})),
	}),
	// Version 3 files knew nothing of what the host holds: nothing is claimed applied.
	3: document => ({...document, version: 4, applied: {}}),
	// Version 4 lacked the attributes of brms.md §10.3 (IPL restart type, the save-active wait
	// times, the backup item exit program): every group, local and as applied, gets BRMS's defaults.
	4: document => {
		const withNewAttributes = (group: ControlGroup) => ({...group, attributes: withDefaultAttributes(group.attributes)});
		const applied = (document['applied'] ?? {}) as Record<string, ControlGroup>;
		return {
			...document,
			version: 5,
			controlGroups: ((document['controlGroups'] ?? []) as ControlGroup[]).map(withNewAttributes),
			applied: Object.fromEntries(Object.entries(applied).map(([name, group]) => [name, withNewAttributes(group)])),
		};
	},
};

/**
 * Whether a parsed file is ours, and at which version. Only a file with our `format` tag and a
 * whole-number `version` is ours; the first builds wrote no tag, so a file that is exactly
 * their shape — the two keys `revision` (a whole number) and `controlGroups` (an array of
 * objects with a string `name`), nothing else — is version 1. Anything else (no version, a
 * version that is a string, another program's JSON) is refused and left as it is.
 */
export function documentVersion(document: Record<string, unknown>, path: string): number {
	const {format, version} = document;
	if (format === STORE_FORMAT) {
		if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
		throw new StoreFormatError(
			'corrupt',
			path,
			`its format version is ${version === undefined ? 'missing' : `${JSON.stringify(version)}, not a whole number`}`,
		);
	}
	if (format === undefined && isVersionOne(document)) return 1;
	throw new StoreFormatError(
		'foreign',
		path,
		format === undefined ? 'it carries no brms-tui format tag' : `its format is ${JSON.stringify(format)}, not ${JSON.stringify(STORE_FORMAT)}`,
	);
}

function isVersionOne(document: Record<string, unknown>): boolean {
	const {revision, controlGroups} = document;
	return (
		Object.keys(document).length === 2 &&
		typeof revision === 'number' &&
		Number.isInteger(revision) &&
		revision >= 0 &&
		Array.isArray(controlGroups) &&
		controlGroups.every(group => group !== null && typeof group === 'object' && typeof (group as {name?: unknown}).name === 'string')
	);
}

/** Brings a parsed file up to STORE_VERSION, or refuses one that is not ours or written by a newer brms-tui. */
export function migrate(document: Record<string, unknown>, path: string): {document: Record<string, unknown>; migrated: boolean} {
	let version = documentVersion(document, path);
	if (version > STORE_VERSION) {
		throw new StoreFormatError('newer', path, `format version ${version}; this brms-tui reads up to version ${STORE_VERSION}`);
	}
	let current = document;
	while (version < STORE_VERSION) {
		const step = MIGRATIONS[version];
		if (!step) throw new StoreFormatError('corrupt', path, `no migration from format version ${version}`);
		current = step(current);
		version = documentVersion(current, path);
	}
	return {document: current, migrated: current !== document};
}
