// What each entry point may cost a program that bundles it: minified + gzip, in KiB,
// its dependencies included. `imports` is what the program imports ('*': everything).
// Core and bounces are bundled for the browser (they run on edge runtimes too), the
// transports for Node.js. Raise a budget only with a reason in the commit.
export const budgets = [
  { package: 'core', entry: 'index', imports: ['createMailgate', 'defaultPolicies'], kib: 69 },
  { package: 'core', entry: 'index', imports: ['classifySmtpReply'], kib: 25 },
  { package: 'core', entry: 'index', imports: ['describeReason'], kib: 22 },
  { package: 'core', entry: 'index', imports: ['*'], kib: 91 },
  { package: 'core', entry: 'disposable', imports: ['disposableDomains'], kib: 55 },
  { package: 'bounces', entry: 'index', imports: ['parseBounce'], kib: 30 },
  { package: 'transport-smtp', entry: 'index', imports: ['smtpTransport'], kib: 95, node: true },
  { package: 'transport-ses', entry: 'index', imports: ['sesTransport'], kib: 225, node: true },
  { package: 'transport-graph', entry: 'index', imports: ['graphTransport'], kib: 60, node: true },
  { package: 'transport-gmail', entry: 'index', imports: ['gmailTransport'], kib: 205, node: true },
];
