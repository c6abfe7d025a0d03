import type { TextRule } from './text-rules';

/**
 * Codes and phrases that one receiver puts in its refusals and documents on its
 * postmaster pages ("AUP#CDRBL" at Cox, "RCP-P1" at Facebook, "OFR_506" at Orange).
 * They name the cause more exactly than any status code or general phrase, so they are
 * read first and the command does not change them.
 */
export const receiverRules: readonly TextRule[] = [];
