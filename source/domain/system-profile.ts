// Checks for a system (host profile) before it is stored: the name brms-tui knows it by, an
// SSH host and port, and an IBM i user profile name.

import {upperAscii} from './field-text.js';
import {isName} from './ibmi-names.js';

export type SystemProfileInput = {name: string; host: string; port: string; user: string};

export type ProfileProblem = {field: 'name' | 'host' | 'port' | 'user'; text: string};

const SYSTEM_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;
// A DNS name, an IPv4 address, or an IPv6 address (with or without brackets).
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/;

export function checkSystemProfile(input: SystemProfileInput, existing: readonly string[]): ProfileProblem[] {
	const problems: ProfileProblem[] = [];
	if (!SYSTEM_NAME.test(input.name))
		problems.push({field: 'name', text: `System name ${input.name || "' '"} not valid; use 1-20 letters, digits, - or _, starting with a letter.`});
	else if (input.name.toLowerCase() === 'demo') problems.push({field: 'name', text: 'The name demo belongs to the built-in demo system.'});
	else if (existing.some(name => name.toLowerCase() === input.name.toLowerCase())) problems.push({field: 'name', text: `System ${input.name} already exists.`});
	if (!HOST.test(input.host)) problems.push({field: 'host', text: `Host ${input.host || "' '"} not valid.`});
	const port = /^\d{1,5}$/.test(input.port) ? Number(input.port) : Number.NaN;
	if (!(port >= 1 && port <= 65_535)) problems.push({field: 'port', text: `Port ${input.port} not valid; use 1-65535.`});
	if (!isName(upperAscii(input.user))) problems.push({field: 'user', text: `User ${input.user || "' '"} is not an IBM i user profile name.`});
	return problems;
}
