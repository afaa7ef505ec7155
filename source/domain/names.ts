// IBM i object names (brms.md §3.12): 1-10 characters, A-Z 0-9 $ # @ _ . with a letter or
// $ # @ first, entered in upper case. Quoted names are not supported [K].

const NAME = /^[A-Z$#@][A-Z0-9$#@_.]{0,9}$/;
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
