// brms-tui system add|list|remove: the host profiles (product.md). Passwords are never taken.

import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {checkSystemProfile} from '../domain/system-profile.js';
import {type SystemProfile, SystemsStore} from '../store/systems-store.js';
import {jsonText, safeText} from '../ui/screen/safe-text.js';
import {CliError} from './cli-error.js';
import type {Output} from './data-commands.js';
import {formatTable} from './output.js';

export type SystemOptions = {host?: string; port?: string; user?: string; key?: string; knownHosts?: string; json?: boolean};

export function systemCommand(action: string | undefined, args: string[], options: SystemOptions, out: Output, env: NodeJS.ProcessEnv = process.env): number {
	const store = new SystemsStore(env);
	switch (action) {
		case 'add': {
			const [name] = args;
			if (!name || args.length > 1) throw new CliError(2, 'system add takes one NAME.', true);
			if (!options.host || !options.user) throw new CliError(2, 'system add needs --host and --user.', true);
			const input = {name, host: options.host, port: options.port ?? '22', user: options.user};
			const [problem] = checkSystemProfile(
				input,
				store.list().map(each => each.name),
			);
			if (problem) throw new CliError(2, problem.text);
			for (const [flag, path] of [
				['--key', options.key],
				['--known-hosts', options.knownHosts],
			] as const) {
				if (path !== undefined && !existsSync(path)) throw new CliError(2, `${flag} ${path}: no such file.`);
			}
			// IBM i user profiles are not case-sensitive, but other sshd's are: keep it as typed.
			const profile: SystemProfile = {name, host: input.host, port: Number(input.port), user: input.user};
			if (options.key) profile.keyPath = resolve(options.key);
			if (options.knownHosts) profile.knownHostsPath = resolve(options.knownHosts);
			store.add(profile);
			out.print(
				safeText(
					`System ${name} added: ${profile.user}@${profile.host}:${profile.port}${profile.keyPath ? `, key ${profile.keyPath}` : ', ssh-agent or password'}.`,
				),
			);
			return 0;
		}
		case 'list': {
			if (args.length > 0) throw new CliError(2, 'system list takes no arguments.', true);
			const systems = store.list();
			if (options.json) {
				out.print(jsonText(systems));
				return 0;
			}
			const rows = [
				{System: 'demo', Host: '(built in)', Port: '', User: '', Key: '', 'Known hosts': ''},
				...systems.map(each => ({
					System: each.name,
					Host: each.host,
					Port: String(each.port),
					User: each.user,
					Key: each.keyPath ?? '(agent)',
					'Known hosts': each.knownHostsPath ?? '',
				})),
			];
			out.print(formatTable(rows, ['System', 'Host', 'Port', 'User', 'Key', 'Known hosts'], out.stdout));
			return 0;
		}
		case 'remove': {
			const [name] = args;
			if (!name || args.length > 1) throw new CliError(2, 'system remove takes one NAME.', true);
			if (!store.remove(name)) throw new CliError(2, `System ${name} is not defined.`);
			out.print(`System ${name} removed. Its control groups stay in the store.`);
			return 0;
		}
		default:
			throw new CliError(2, `system takes add, list or remove.`, true);
	}
}
