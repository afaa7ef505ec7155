// The full-screen app's wiring: WRKCTLGBRM on one system (the demo system or an IBM i over SSH)
// with its store, option panels, the STRBKUBRM prompt and job following, and F22 to change to
// another system without leaving the app (the panels start anew on the chosen one).

import {useCallback, useEffect, useMemo, useState} from 'react';
import {changeSheet} from '../domain/change-sheet.js';
import {DEMO_SYSTEM_ID} from '../host/demo/demo-system.js';
import {demoJobSchedule} from '../host/demo/job-schedule.js';
import {controlGroupOptionPanels} from '../panels/option-panels.js';
import {isSwitchSystem, selectSystem} from '../panels/select-system/panel.js';
import {startBackupPrompt} from '../panels/start-backup/panel.js';
import {workWithControlGroups} from '../panels/work-with-control-groups/panel.js';
import {storeLocation} from '../store/location.js';
import {SystemsStore} from '../store/systems-store.js';
import {useExit} from '../ui/full-screen.js';
import type {KeyDecoder} from '../ui/keys/decoder.js';
import type {PanelInstance, TaskContext} from '../ui/panel/panel.js';
import type {PanelStack} from '../ui/panel/runtime.js';
import {SCREEN_24X80} from '../ui/screen/model.js';
import type {Theme} from '../ui/screen/theme.js';
import {TerminalApp} from '../ui/terminal-app.js';
import {panelSshAccess} from './ssh-access.js';
import {type OpenSystem, openSystem} from './system.js';

/** One system opened for the panels: WRKCTLGBRM as the first panel. */
export function openWorkplace(systemId: string | undefined, env: NodeJS.ProcessEnv = process.env): OpenSystem & {initial: PanelInstance} {
	const profile = systemId && systemId.toLowerCase() !== DEMO_SYSTEM_ID ? new SystemsStore(env).get(systemId) : undefined;
	// The running task's ask: a host key or a password is asked for in a window over the panel.
	let ask: TaskContext['ask'] | undefined;
	const opened = openSystem(systemId, env, profile ? panelSshAccess(profile, () => ask, env) : undefined);
	const {host, store, id} = opened;
	const systems = () => [
		{id: DEMO_SYSTEM_ID, name: DEMO_SYSTEM_ID.toUpperCase(), where: 'the built-in demo system'},
		...new SystemsStore(env).list().map(each => ({
			id: each.name.toLowerCase(),
			name: each.name.toUpperCase(),
			where: `${each.user}@${each.host}${each.port === 22 ? '' : `:${each.port}`}`,
		})),
	];
	const initial = workWithControlGroups({
		systemName: host.systemName,
		loadGroups: () => store.list(),
		selectSystem: () => selectSystem(host.systemName, id, systems()),
		promptCommand: command =>
			/^STRBKUBRM\b/i.test(command)
				? startBackupPrompt(
						{
							systemName: host.systemName,
							runCommand: (cl, context) => {
								ask = context.ask;
								return host.runCommand(cl);
							},
							followJob: (job, progress, signal) => host.followJob(job, progress, signal),
							changeSheet: group => {
								const local = store.get(group)?.group;
								return local ? changeSheet(store.applied(group), local) : [];
							},
							markApplied: group => store.markApplied(group),
						},
						command,
					)
				: undefined,
		openOption: controlGroupOptionPanels(host.systemName, store, (job, command) => demoJobSchedule(storeLocation(env)).add(job, command)),
	});
	return {...opened, initial};
}

export type Workplace = ReturnType<typeof openWorkplace>;

export type WorkplaceProps = {
	system: string | undefined;
	/** The first system, already opened (so that its errors were said before the full screen). */
	first?: Workplace;
	theme: Theme;
	decoder: KeyDecoder;
	env?: NodeJS.ProcessEnv;
	/** Every state the panel stack goes through (the program says unsaved typing on a signal). */
	onStack?: (stack: PanelStack) => void;
};

export function Workplace({system, first, theme, decoder, env = process.env, onStack}: WorkplaceProps) {
	const [systemId, setSystemId] = useState(system);
	const opened = useMemo(() => (first && systemId === system ? first : openWorkplace(systemId, env)), [first, system, systemId, env]);
	// The connection of a system left behind is ended.
	useEffect(() => () => opened.host.close(), [opened]);
	const exit = useExit();
	const onExitResult = useCallback((result: unknown) => (isSwitchSystem(result) ? setSystemId(result.switchTo) : exit()), [exit]);
	return (
		<TerminalApp key={opened.id} initial={opened.initial} size={SCREEN_24X80} theme={theme} decoder={decoder} onExitResult={onExitResult} onStack={onStack} />
	);
}
