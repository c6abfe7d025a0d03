import { amazonSes } from './amazon-ses';
import type { FormatReader } from './context';
import { genericText } from './generic-text';
import { googleGroups } from './google-groups';

/**
 * Readers for notices that are not RFC 3464, most specific first. The generic reader
 * comes last: it claims any notice that names an address.
 */
export const formatReaders: readonly FormatReader[] = [amazonSes, googleGroups, genericText];
