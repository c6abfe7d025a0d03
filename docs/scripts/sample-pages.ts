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
