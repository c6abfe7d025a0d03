import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders of docs/ that hold no pages of ours. */
const skipped = new Set(['node_modules', '.vitepress', '.samples', 'api', 'scripts']);

/**
 * The pages whose samples must compile, relative to the repository: every page of docs/
 * (not the generated API reference), the README, and the README of each package and example.
 */
export async function samplePages(root: string): Promise<string[]> {
  const pages = ['README.md'];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) await walk(path);
      } else if (entry.name.endsWith('.md')) pages.push(path);
    }
  };
  await walk('docs');
  for (const group of ['packages', 'examples']) {
    for (const entry of await readdir(join(root, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const readme = `${group}/${entry.name}/README.md`;
      try {
        await readdir(join(root, group, entry.name));
        if ((await readdir(join(root, group, entry.name))).includes('README.md'))
          pages.push(readme);
      } catch {}
    }
  }
  return pages.sort();
}

/** The source files of the packages, whose `@example`s must compile too. */
export async function sampleSources(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '__fixtures__' && entry.name !== 'node_modules') await walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(path);
    }
  };
  for (const entry of await readdir(join(root, 'packages'), { withFileTypes: true })) {
    if (entry.isDirectory()) await walk(`packages/${entry.name}/src`);
  }
  return files.sort();
}
