/**
 * Names that partial samples use without defining them, with their real types: a partial
 * sample that calls `gate.send(request)` is checked against the real `Mailgate`. A name the
 * sample defines itself is not declared again.
 */
const known: Readonly<Record<string, string>> = {
  gate: "import('@mailgate/core').Mailgate",
  request: "import('@mailgate/core').SendRequestInput",
  requests: "readonly import('@mailgate/core').SendRequestInput[]",
  events: "readonly import('@mailgate/core').DeliveryEvent[]",
  stores: "import('@mailgate/core').Stores",
  user: 'string',
  pass: 'string',
  raw: 'string',
  rawMessage: 'string',
  lastRun: 'Date',
};

/** The `declare` lines a partial sample gets before its code. */
export function preludeFor(code: string): string {
  return Object.entries(known)
    .filter(([name]) => !definesName(code, name))
    .map(([name, type]) => `declare const ${name}: ${type};`)
    .join(' ');
}

function definesName(code: string, name: string): boolean {
  return new RegExp(
    `(?:const|let|var|function|class)\\s+${name}\\b|import[^;]*\\b${name}\\b|[{,]\\s*${name}\\s*[,}][^=;]*=`,
  ).test(code);
}
