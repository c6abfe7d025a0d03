/**
 * The package READMEs are read on npm, without the repository: a relative link there is
 * dead. Every link of a package README must be absolute, and a link into the documentation
 * must use the site's one base URL (`siteUrl`) and name a page the site has.
 *
 *   tsx scripts/check-readme-links.ts
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteUrl } from '../.vitepress/site';
import { readmeLinkProblems } from './readme-links';

const docs = fileURLToPath(new URL('..', import.meta.url));
const packages = join(docs, '..', 'packages');

/** Whether the site has a page at this path (`/transports/smtp`, `/api/`). */
function hasPage(path: string): boolean {
  const clean = path.replace(/#.*$/, '').replace(/\.(md|html)$/, '');
  const base = join(docs, clean);
  return clean === '/' || existsSync(`${base}.md`) || existsSync(join(base, 'index.md'));
}

async function main(): Promise<number> {
  const problems: string[] = [];
  let links = 0;
  for (const entry of await readdir(packages, { withFileTypes: true })) {
    const readme = join(packages, entry.name, 'README.md');
    if (!entry.isDirectory() || !existsSync(readme)) continue;
    const text = await readFile(readme, 'utf8');
    const found = readmeLinkProblems(text, siteUrl, hasPage);
    links += found.links;
    problems.push(
      ...found.problems.map((problem) => `packages/${entry.name}/README.md: ${problem}`),
    );
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    return 1;
  }
  console.log(
    `${links} links in the package READMEs are absolute; the documentation ones point at ${siteUrl}.`,
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
