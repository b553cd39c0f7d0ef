import { contemptRules } from './contempt';
import { criticismRules } from './criticism';
import { defensivenessRules } from './defensiveness';
import { demandRules } from './demand';
import { feelingRules } from './feelings';
import { listeningRules } from './listening';
import type { Rule } from './rule';
import { safetyRules } from './safety';
import { stonewallingRules } from './stonewalling';
import { warmthRules } from './warmth';

/** Every rule the coach reads a message with. */
export const RULES: readonly Rule[] = [
  ...safetyRules,
  ...criticismRules,
  ...contemptRules,
  ...defensivenessRules,
  ...stonewallingRules,
  ...demandRules,
  ...feelingRules,
  ...listeningRules,
  ...warmthRules,
];
