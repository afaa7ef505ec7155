// Attribute values as input fields, shared by option 8 (a group's attributes) and F9 (the backup
// policy): one field an attribute, Backup devices four (one device a line); and back from what
// was typed. Each panel names its own fields (`fieldId`).

import {type AttributeDefinition, BACKUP_DEVICES} from '../domain/attributes.js';

type AttributeValue = string | string[] | null;
type FieldIdOf = (key: string, index?: number) => string;

/** The fields' values for attribute values (a list in one field is its values with blanks between). */
export function attributeFieldValues(
	definitions: readonly AttributeDefinition[],
	attributes: Readonly<Record<string, AttributeValue | undefined>>,
	fieldId: FieldIdOf,
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const definition of definitions) {
		const value = attributes[definition.key] ?? null;
		if (definition.key === 'backupDevices') {
			const devices = Array.isArray(value) ? value : value ? [value] : [];
			for (const [index, device] of devices.slice(0, BACKUP_DEVICES).entries()) values[fieldId(definition.key, index)] = device;
		} else values[fieldId(definition.key)] = Array.isArray(value) ? value.join(' ') : (value ?? '');
	}
	return values;
}

/** The attribute values typed (trimmed; the devices without blank lines; a blank field is null). */
export function typedAttributeValues(
	definitions: readonly AttributeDefinition[],
	typed: (fieldId: string) => string,
	fieldId: FieldIdOf,
): Record<string, AttributeValue> {
	const values: Record<string, AttributeValue> = {};
	for (const definition of definitions) {
		values[definition.key] =
			definition.key === 'backupDevices'
				? Array.from({length: BACKUP_DEVICES}, (_, index) => typed(fieldId(definition.key, index)).trim()).filter(Boolean)
				: typed(fieldId(definition.key)).trim() || null;
	}
	return values;
}
