import { Session } from 'node:inspector/promises';

/**
 * Runs `work` under V8's sampling CPU profiler and answers, for each group of files, the
 * milliseconds of samples whose stack holds a frame from one of them (time in that code
 * and in what it calls), beside the milliseconds of all samples but idle ones. Garbage
 * collection is its own frame: it is in the total and in no group. A direct measure of
 * what one part of a run costs, steadier than the difference of two runs with and
 * without it.
 */
export async function cpuAttribution<Group extends string>(
  groups: Readonly<Record<Group, readonly RegExp[]>>,
  work: () => Promise<void>,
): Promise<{
  readonly ms: Record<Group, number>;
  readonly totalMs: number;
  readonly gcMs: number;
}> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    const parent = new Map<number, number>();
    const node = new Map<number, (typeof profile.nodes)[number]>();
    for (const each of profile.nodes) {
      node.set(each.id, each);
      for (const child of each.children ?? []) parent.set(child, each.id);
    }
    const names = Object.keys(groups) as Group[];
    const ms = Object.fromEntries(names.map((name) => [name, 0])) as Record<Group, number>;
    // Per node, per group: whether a frame on its stack is in the group's files.
    const memo = new Map<string, boolean>();
    const inGroup = (id: number, group: Group): boolean => {
      const key = `${group}\u0000${id}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
      const url = node.get(id)!.callFrame.url;
      const up = parent.get(id);
      const answer =
        groups[group].some((file) => file.test(url)) || (up !== undefined && inGroup(up, group));
      memo.set(key, answer);
      return answer;
    };
    let totalMs = 0;
    let gcMs = 0;
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const name = node.get(samples[i]!)!.callFrame.functionName;
      if (name === '(idle)') continue;
      const delta = (deltas[i] ?? 0) / 1000;
      totalMs += delta;
      if (name === '(garbage collector)') gcMs += delta;
      else for (const group of names) if (inGroup(samples[i]!, group)) ms[group] += delta;
    }
    return { ms, totalMs, gcMs };
  } finally {
    await session.post('Profiler.disable').catch(() => undefined);
    session.disconnect();
  }
}
