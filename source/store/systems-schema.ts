// The shape of systems.json, checked on every read and write (compiled ahead of time:
// store-validator-source.ts).

export const SYSTEMS_SCHEMA = {
	systems: {
		type: 'array',
		items: {
			type: 'object',
			required: ['name', 'host', 'port', 'user'],
			additionalProperties: false,
			properties: {
				name: {type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,19}$'},
				host: {type: 'string', minLength: 1},
				port: {type: 'integer', minimum: 1, maximum: 65_535},
				user: {type: 'string', minLength: 1, maxLength: 10},
				keyPath: {type: 'string'},
				knownHostsPath: {type: 'string'},
			},
		},
	},
} as const;
