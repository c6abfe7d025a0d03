/** A fenced TypeScript block of a Markdown page. */
export interface Sample {
  /** The page, relative to the repository. */
  readonly file: string;
  /** The line of the block's first code line, from 1. */
  readonly line: number;
  readonly code: string;
  /**
   * Marked ```` ```ts partial ````: an excerpt that uses names defined elsewhere (a
   * `gate`, the `user` and `pass` of the reader). It is checked like any other sample,
   * except that names it never defines are allowed.
   */
  readonly partial: boolean;
}

const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)(.*)$/;
const typescript = new Set(['ts', 'typescript', 'tsx', 'mts']);

/** Every ```` ```ts ```` block of a page, in order; other languages are left alone. */
export function extractSamples(file: string, markdown: string): Sample[] {
  const samples: Sample[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = fence.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', marker = '', language = '', rest = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (line.trim().startsWith(marker) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line);
    }
    if (typescript.has(language.toLowerCase())) {
      samples.push({
        file,
        line: i + 2,
        code: body.join('\n'),
        partial: /\bpartial\b/.test(rest),
      });
    }
    i = j;
  }
  return samples;
}

/** The ```` ```ts ```` blocks of the `@example` tags in a source file's TSDoc comments. */
export function extractDocExamples(file: string, source: string): Sample[] {
  const samples: Sample[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
    // The comment's lines, without their leading ` * `, up to its end.
    const text: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/\*\//.test(lines[j] ?? ''); j++) {
      text.push((lines[j] ?? '').replace(/^\s*\* ?/, ''));
    }
    for (const sample of extractSamples(file, text.join('\n'))) {
      samples.push({ ...sample, line: sample.line + i + 1 });
    }
    i = j;
  }
  return samples;
}
