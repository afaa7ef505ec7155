// The options of "Work with Backup Control Groups" (brms.md §1.2). Options 7 and 11+ were not
// seen in any source; 1-6 and 8-10 are verified in existence.

export type ControlGroupOption = {value: number; label: string};

export const CONTROL_GROUP_OPTIONS: readonly ControlGroupOption[] = [
	{value: 1, label: 'Create'},
	{value: 2, label: 'Edit entries'},
	{value: 3, label: 'Copy'},
	{value: 4, label: 'Delete'},
	{value: 5, label: 'Display'},
	{value: 6, label: 'Add to schedule'},
	{value: 8, label: 'Change attributes'},
	{value: 9, label: 'Subsystems to process'},
	{value: 10, label: 'Job queues to process'},
];

export function findOption(typed: string): ControlGroupOption | undefined {
	if (!/^\d{1,2}$/.test(typed)) return undefined;
	return CONTROL_GROUP_OPTIONS.find(option => option.value === Number(typed));
}

/**
 * The option legend (rows 6-7), in pages switched by F23=More options. A trailing "..." tells
 * the operator that F23 shows more (brms.md §1.2).
 */
export const OPTION_LEGEND_PAGES: readonly string[][] = [
	['1=Create   2=Edit entries   3=Copy   4=Delete   5=Display', '6=Add to schedule   8=Change attributes   9=Subsystems to process ...'],
	['10=Job queues to process', ''],
];
