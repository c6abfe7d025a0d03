// Plans the next release as `changeset version` would (without touching a file or git)
// and fails when a package would move further than its changesets ask: a peer
// dependency on @mailgate/core or the `fixed` group must never turn minors into a major.
import getReleasePlan from '@changesets/get-release-plan';

const root = new URL('..', import.meta.url).pathname;
const plan = await getReleasePlan(root);
const rank = { none: 0, patch: 1, minor: 2, major: 3 };
// The fixed group moves together, so the highest bump any changeset asks for is the bound.
const asked = plan.changesets
  .flatMap((changeset) => changeset.releases)
  .reduce((highest, release) => Math.max(highest, rank[release.type]), 0);
const failures = [];
for (const release of plan.releases.filter((release) => release.type !== 'none')) {
  console.log(`${release.name}: ${release.oldVersion} -> ${release.newVersion} (${release.type})`);
  if (rank[release.type] > asked) {
    failures.push(
      `${release.name} would get a ${release.type} release, the changesets ask for at most ${Object.keys(rank)[asked]}`,
    );
  }
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
