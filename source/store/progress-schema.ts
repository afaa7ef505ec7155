// The shape of lessons-progress.json, checked on every read and write (compiled ahead of time:
// scripts/generate-validators.ts).

export const PROGRESS_FORMAT = 'brms-tui/lesson-progress';

const attemptSchema = {
	type: 'object',
	required: ['startedAt', 'activeAt', 'step', 'hintsByStep', 'stillDifferent'],
	additionalProperties: false,
	properties: {
		startedAt: {type: 'string'},
		activeAt: {type: 'string'},
		step: {type: 'integer', minimum: 0},
		hintsByStep: {type: 'array', items: {type: 'integer', minimum: 0}},
		stillDifferent: {type: 'array', items: {type: 'string'}},
	},
};

/** conf's per-key schema of lessons-progress.json. */
export const PROGRESS_SCHEMA = {
	format: {const: PROGRESS_FORMAT},
	version: {const: 1},
	trainees: {
		type: 'object',
		additionalProperties: {
			type: 'object',
			additionalProperties: {
				type: 'object',
				required: ['attempts', 'current'],
				additionalProperties: false,
				properties: {
					attempts: {type: 'integer', minimum: 1},
					current: attemptSchema,
					completed: {
						type: 'object',
						required: ['at', 'timeTakenMs', 'hintsUsed'],
						additionalProperties: false,
						properties: {at: {type: 'string'}, timeTakenMs: {type: 'integer', minimum: 0}, hintsUsed: {type: 'integer', minimum: 0}},
					},
				},
			},
		},
	},
} as const;
