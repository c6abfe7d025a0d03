/**
 * Where the documentation site lives: the one place that says so. The package READMEs link
 * here (npm shows them without the repository, where relative links are dead), and
 * `scripts/check-readme-links.ts` holds them to it.
 */
export const siteUrl = 'https://mailgate.dev';

/** The repository, for links to code that is not part of the site (examples, sources). */
export const repositoryUrl = 'https://github.com/mailgate/mailgate';
