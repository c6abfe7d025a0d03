import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = ['concepts'].flatMap((folder) =>
  readdirSync(`${root}docs/${folder}`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${folder}/${name}`),
);

/** `<!-- snippet: path -->` followed by a code block: the block must be in that file. */
const snippet = /<!-- snippet: (\S+) -->\n```[^\n]*\n([\s\S]*?)```/g;

describe('docs snippets', () => {
  it('should find every marked snippet, as written, in the example it names', () => {
    const checked: string[] = [];
    for (const page of pages) {
      for (const [, path, code] of readFileSync(`${root}${page}`, 'utf8').matchAll(snippet)) {
        const source = readFileSync(`${root}${path}`, 'utf8');
        expect({ page, path, found: source.includes(code!) }).toEqual({ page, path, found: true });
        checked.push(path!);
      }
    }
    expect(checked).toContain('examples/webhook-hono/src/app.ts');
  });
});
