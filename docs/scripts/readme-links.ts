/** The links of a Markdown text that would be dead on npm, or miss the site. */
export function readmeLinkProblems(
  markdown: string,
  siteUrl: string,
  hasPage: (path: string) => boolean,
): { links: number; problems: string[] } {
  const problems: string[] = [];
  // Code blocks and inline code hold no links.
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...text.matchAll(/\]\(([^)\s]+)\)|<(https?:\/\/[^>]+)>|(?<![(<])(https?:\/\/[^\s)>]+)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  for (const target of targets) {
    if (target.startsWith('#')) continue;
    if (!/^[a-z]+:/i.test(target)) {
      problems.push(`${target}: a relative link is dead on npm; link to ${siteUrl}/…`);
    } else if (/github\.com\/[^/]+\/[^/]+\/(blob|tree)\/[^/]+\/docs\//.test(target)) {
      problems.push(`${target}: link to the page on ${siteUrl}, not to its source`);
    } else if (target.startsWith(siteUrl)) {
      const path = target.slice(siteUrl.length) || '/';
      if (!hasPage(path)) problems.push(`${target}: the site has no such page`);
    }
  }
  return { links: targets.length, problems };
}
