// Which panel each WRKCTLGBRM option opens. Options without a panel here say so on line 24.

import type {PanelInstance} from '../ui/panel/panel.js';
import type {ControlGroupOption} from './work-with-control-groups/options.js';

export type OptionPanelFactory = (option: ControlGroupOption, groupName: string) => PanelInstance | undefined;

export const noOptionPanels: OptionPanelFactory = () => undefined;
