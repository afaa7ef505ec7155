// IBM i names, string literals and qualified job names: the one place every other module takes
// them from, so a CL command, an SQL statement and a parsed host message agree on what a name is.
//
// Object names (brms.md §3.12): 1-10 characters, A-Z 0-9 $ # @ _ . with a letter or $ # @
// first, entered in upper case. Quoted names are not supported [K].

const NAME_PATTERN = '[A-Z$#@][A-Z0-9$#@_.]{0,9}';
const NAME = new RegExp(`^${NAME_PATTERN}$`);
const GENERIC = /^[A-Z$#@][A-Z0-9$#@_.]{0,8}\*$/;

export function isName(value: string): boolean {
	return NAME.test(value);
}

/** A generic name such as PAY* (1-9 characters, then *). */
export function isGenericName(value: string): boolean {
	return GENERIC.test(value);
}

/** The special values a CL qualified name takes for its library [K: the usual CL qualifier]. */
const LIBRARY_SPECIAL_VALUES = ['*LIBL', '*CURLIB'];

/** LIB/NAME, *LIBL/NAME, *CURLIB/NAME or NAME. */
export function isQualifiedName(value: string): boolean {
	const parts = value.split('/');
	if (parts.length > 2) return false;
	const name = parts.pop()!;
	return isName(name) && parts.every(library => isName(library) || LIBRARY_SPECIAL_VALUES.includes(library));
}

/** The groups BRMS ships: they exist on every system and cannot be created. */
export const SHIPPED_GROUPS = ['*BKUGRP', '*SYSGRP', '*SYSTEM'] as const;

/** Name prefixes BRMS generates groups under (Lotus, cloud, NFS, missed-object policy). */
export const GENERATED_GROUP_PREFIXES = ['QLTS', 'QCLDB', 'QNFS', 'Z'] as const;

/**
 * A string literal as CL and SQL both write it: in apostrophes, an apostrophe inside doubled
 * (CL: TEXT('It''s'); SQL: WHERE X = 'It''s'). The caller checks what may go in; this only quotes.
 */
export function quotedString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A qualified job name number/user/name (ibmi-ssh.md §2.2): a six-digit number, then two names.
 * Names may end in $ # @, so no word boundaries; a job's user and name are upper case on IBM i.
 */
const QUALIFIED_JOB = new RegExp(`^\\d{6}/${NAME_PATTERN}/${NAME_PATTERN}$`);

/** Only a well-formed number/user/name ever goes into an SQL statement or a CL command. */
export function isQualifiedJobName(job: string): boolean {
	return QUALIFIED_JOB.test(job);
}

/** The first blank-separated token of a message text that is a qualified job name (CPC1221's job). */
export function qualifiedJobNameIn(text: string): string | undefined {
	return text.split(/\s+/).find(isQualifiedJobName);
}
