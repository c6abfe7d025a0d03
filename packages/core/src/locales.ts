// @mailgate/core/locales: the reason texts per language, for `createMailgate({ texts })`.
// A gate carries English only, so that its bundle holds one language rather than three;
// a host that describes reasons in Dutch or Swedish passes those texts here.
// `describeReason` from `@mailgate/core` needs none of this: it has all three.

export { en } from './reasons/locales/en';
export { nl } from './reasons/locales/nl';
export { sv } from './reasons/locales/sv';
