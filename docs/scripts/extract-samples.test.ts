import { describe, expect, it } from 'vitest';
import { extractSamples } from './extract-samples';
import { preludeFor } from './sample-prelude';

describe('extractSamples', () => {
  it('should take the TypeScript blocks with their line, and leave other languages', () => {
    const page = [
      '# Title',
      '',
      '```ts',
      'const a = 1;',
      '```',
      '',
      '```sh',
      'ls',
      '```',
      '```ts partial',
      'gate.close();',
      '```',
    ].join('\n');
    expect(extractSamples('docs/x.md', page)).toEqual([
      { file: 'docs/x.md', line: 4, code: 'const a = 1;', partial: false },
      { file: 'docs/x.md', line: 11, code: 'gate.close();', partial: true },
    ]);
  });
});

describe('preludeFor', () => {
  it('should declare the known names a partial sample uses but does not define', () => {
    expect(preludeFor('await gate.send(request);')).toContain('declare const gate:');
    expect(preludeFor('const gate = createMailgate({ transport });')).not.toContain(
      'declare const gate:',
    );
    expect(preludeFor("import { gate } from './gate';")).not.toContain('declare const gate:');
  });
});
