// The PASE system utility (/QOpenSys/usr/bin/system) as brms-tui runs it over SSH: the exec line
// that carries one CL command through the user's shell, and the reading of what it prints
// (ibmi-ssh.md §1.2, §1.4, §1.5, §9).

import type {HostMessage} from '../../domain/strbkubrm.js';

export const SYSTEM_UTILITY = '/QOpenSys/usr/bin/system';

/** POSIX shell single-quoting of one word: the same in bsh, ksh and bash (ibmi-ssh.md §1.4). */
export function shellQuote(word: string): string {
	return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The exec line for sshd: the system utility with the CL command as its one argument. The CL
 * command was built from checked values (CL literals already quoted); control characters are
 * refused here whatever the caller did.
 */
export function systemExecLine(clCommand: string): string {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
	if (/[\u0000-\u001F\u007F]/.test(clCommand)) throw new Error('A CL command cannot hold control characters.');
	return `${SYSTEM_UTILITY} ${shellQuote(clCommand)}`;
}

/** CPF0001, CPD0043, BRM10A1, CPFA09E, SQL0204 … then ": " and the first-level text. */
const MESSAGE_LINE = /^([A-Z][A-Z0-9]{2}[0-9A-F]{4}): ?(.*)$/;

/**
 * `MSGID: text` lines of the utility's output; other lines (spooled output, sshd's "Could not
 * chdir to home directory") are left out. Messages of a normal completion come on stdout, those
 * of an error completion (diagnostics, then the escape) on stderr.
 */
export function parseMessages(output: string, stream: HostMessage['stream']): HostMessage[] {
	return output.split(/\r?\n/).flatMap(line => {
		const match = MESSAGE_LINE.exec(line.trim());
		return match ? [{id: match[1]!, text: match[2]!, stream}] : [];
	});
}
