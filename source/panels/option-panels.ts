// Which panel each WRKCTLGBRM option opens, wired to the store.

import {withDefaultAttributes} from '../domain/attributes.js';
import type {ControlGroup} from '../domain/control-group.js';
import {message} from '../domain/messages.js';
import type {PanelInstance} from '../ui/panel/panel.js';
import {addToSchedule, type ScheduleRecorder} from './add-to-schedule/panel.js';
import {changeAttributes} from './change-attributes/panel.js';
import {confirmDelete} from './confirm-delete/panel.js';
import {controlGroupEntries, type EntriesDeps} from './control-group-entries/panel.js';
import {groupNamePrompt} from './group-name-prompt/panel.js';
import {JOB_QUEUES, processList, SUBSYSTEMS} from './process-lists/panel.js';
import {userExitMaintenance} from './user-exit-maintenance/panel.js';

export type OptionPanelFactory = (option: {value: number}, groupNames: string[]) => PanelInstance | undefined;

export const noOptionPanels: OptionPanelFactory = () => undefined;

export type GroupStore = {
	list: () => ControlGroup[];
	get: (name: string) => {group: ControlGroup; revision: number} | undefined;
	save: (group: ControlGroup, startedFrom: number | null) => number;
	delete: (name: string, startedFrom: number) => void;
};

export function newControlGroup(name: string, text: string): ControlGroup {
	return {name, type: '*BKU', text, defaultActivity: '*BKUPCY', attributes: withDefaultAttributes(), entries: [], subsystems: [], jobQueues: []};
}

export function controlGroupOptionPanels(systemName: string, store: GroupStore, recordSchedule: ScheduleRecorder): OptionPanelFactory {
	const entriesDeps: EntriesDeps = {
		systemName,
		store: {save: (group, startedFrom) => store.save(group, startedFrom), reload: name => store.get(name)},
		openExitMaintenance: exit => userExitMaintenance(systemName, exit),
		openAttributesDisplay: (group, revision) => changeAttributes(systemName, store, {group, revision}, true),
	};
	const existingNames = () => store.list().map(group => group.name);
	return (option, groupNames) => {
		const [first] = groupNames;
		const stored = first === undefined ? undefined : store.get(first);
		switch (option.value) {
			case 1:
				return groupNamePrompt(
					{
						systemName,
						existingNames,
						proceed: ({name, text}) => ({type: 'open', panel: controlGroupEntries(entriesDeps, 'create', newControlGroup(name, text), null)}),
					},
					'create',
				);
			case 2:
			case 5:
				return stored && controlGroupEntries(entriesDeps, option.value === 2 ? 'edit' : 'display', stored.group, stored.revision);
			case 3:
				return (
					stored &&
					groupNamePrompt(
						{
							systemName,
							existingNames,
							proceed: ({name, text}) => {
								try {
									store.save({...stored.group, name, text}, null);
								} catch (error) {
									return {error: message('saveFailed', name, (error as Error).message)};
								}
								return {type: 'close', result: {message: message('groupCopied', stored.group.name, name)}};
							},
						},
						'copy',
						{name: stored.group.name, text: stored.group.text},
					)
				);
			case 4: {
				const groups = groupNames.flatMap(name => {
					const each = store.get(name);
					return each ? [each] : [];
				});
				return groups.length > 0 ? confirmDelete(systemName, store, groups) : undefined;
			}
			case 6:
				return stored && addToSchedule(systemName, stored.group.name, recordSchedule);
			case 8:
				return stored && changeAttributes(systemName, store, stored);
			case 9:
				return stored && processList(SUBSYSTEMS, systemName, store, stored);
			case 10:
				return stored && processList(JOB_QUEUES, systemName, store, stored);
			default:
				return undefined;
		}
	};
}
