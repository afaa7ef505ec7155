// BRMS's rules applied to an imported group, as import problems.
// TODO: wire to the domain rules module once it lands.
import type {ControlGroup} from '../domain/control-group.js';
import type {ImportProblem} from '../domain/exchange.js';

export function checkGroupForImport(_group: ControlGroup): ImportProblem[] {
	return [];
}
