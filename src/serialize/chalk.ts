/**
 * Colour through chalk, loaded only when some output is coloured (see color.ts).
 */
import { Chalk } from 'chalk';
import { plainPaint, type ColorLevel, type Paint } from './color.js';

/** Paint at a colour level: chalk's for levels 1–3, `plainPaint` for 0. */
export function createPaint(level: ColorLevel): Paint {
  return level === 0 ? plainPaint : new Chalk({ level });
}
