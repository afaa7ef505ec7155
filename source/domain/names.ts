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

/** LIB/NAME or NAME. */
export function isQualifiedName(value: string): boolean {
	const parts = value.split('/');
	return parts.length <= 2 && parts.every(isName);
}

/** The groups BRMS ships: they exist on every system and cannot be created. */
export const SHIPPED_GROUPS = ['*BKUGRP', '*SYSGRP', '*SYSTEM'] as const;

/** Name prefixes BRMS generates groups under (Lotus, cloud, NFS, missed-object policy). */
export const GENERATED_GROUP_PREFIXES = ['QLTS', 'QCLDB', 'QNFS', 'Z'] as const;
