// The demo system's job scheduler: the demo host records each ADDJOBSCDE command here, in
// demo-job-schedule.json beside the store, so a trainee sees what was added. Only the demo
// host writes it (host/demo/demo-system.ts); no other system's action is ever recorded here.

import Conf from 'conf';

export type RecordedScheduleEntry = {job: string; command: string; addedAt: string};

export type DemoJobSchedule = {list: () => RecordedScheduleEntry[]; add: (job: string, command: string) => void};

/** `location` is where the store lives (conf's cwd, or projectName for the config folder). */
export function demoJobSchedule(location: {cwd: string} | {projectName: string; projectSuffix: string}): DemoJobSchedule {
	// 0600, as every file brms-tui writes.
	const file = new Conf<{entries: RecordedScheduleEntry[]}>({...location, configName: 'demo-job-schedule', clearInvalidConfig: false, configFileMode: 0o600});
	return {
		list: (): RecordedScheduleEntry[] => file.get('entries', []),
		add(job: string, command: string): void {
			file.set('entries', [...file.get('entries', []), {job, command, addedAt: new Date().toISOString()}]);
		},
	};
}
