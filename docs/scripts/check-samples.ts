/**
 * Typechecks every TypeScript sample of the documentation — docs/, the READMEs of the
 * repository, of each package and of each example, the `@example`s of the sources — strict, against the built packages
 * (run `pnpm build` first), as a user who copies it would. Exit 1 on any error, with the
 * page and line of the sample.
 *
 *   tsx scripts/check-samples.ts
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { extractDocExamples, extractSamples, type Sample } from './extract-samples';
import { samplePages, sampleSources } from './sample-pages';
import { preludeFor } from './sample-prelude';

const docs = fileURLToPath(new URL('..', import.meta.url));
const root = join(docs, '..');
// Inside docs/, so that '@mailgate/*' resolves through docs/node_modules to the built packages.
const out = join(docs, '.samples');

/** Errors a partial sample may have: names it uses without defining them. */
const undefinedName = new Set([2304, 2552, 18004]);

async function main(): Promise<number> {
  const samples: Sample[] = [];
  for (const page of await samplePages(root)) {
    samples.push(...extractSamples(page, await readFile(join(root, page), 'utf8')));
  }
  for (const source of await sampleSources(root)) {
    samples.push(...extractDocExamples(source, await readFile(join(root, source), 'utf8')));
  }
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const files = new Map<string, Sample>();
  for (const [i, sample] of samples.entries()) {
    const name = join(out, `${String(i).padStart(3, '0')}-${sample.file.replace(/[/.]/g, '_')}.ts`);
    // Each sample is a module of its own: its names do not meet those of the others.
    // The prelude stays on the first line, so that line numbers match the page.
    const prelude = sample.partial ? preludeFor(sample.code) : '';
    await writeFile(name, `${prelude}${sample.code}\nexport {};\n`);
    files.set(name, sample);
  }
  const program = ts.createProgram([...files.keys()], {
    strict: true,
    noUncheckedIndexedAccess: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    typeRoots: [join(docs, 'node_modules/@types'), join(root, 'node_modules/@types')],
    noEmit: true,
    skipLibCheck: true,
    verbatimModuleSyntax: true,
  });
  const problems: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const sample = diagnostic.file === undefined ? undefined : files.get(diagnostic.file.fileName);
    if (sample?.partial && undefinedName.has(diagnostic.code)) continue;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
    if (sample === undefined || diagnostic.file === undefined || diagnostic.start === undefined) {
      problems.push(`${diagnostic.file?.fileName ?? 'tsc'}: ${message}`);
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    problems.push(`${sample.file}:${sample.line + line}: TS${diagnostic.code} ${message}`);
  }
  await rm(out, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`\n${problems.length} errors in the samples of the documentation.`);
    return 1;
  }
  const partial = samples.filter((sample) => sample.partial).length;
  console.log(
    `${samples.length} samples in ${new Set(samples.map((s) => s.file)).size} pages compile (${partial} marked partial).`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
