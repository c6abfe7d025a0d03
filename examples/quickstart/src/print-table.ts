/** Prints rows as a plain-text table; long cells wrap within their column. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidths: readonly number[],
): string {
  const widths = headers.map((header, column) =>
    Math.min(
      maxWidths[column] ?? 40,
      Math.max(header.length, ...rows.map((row) => longestLine(row[column] ?? ''))),
    ),
  );
  const line = (cells: readonly string[]) => {
    const wrapped = cells.map((cell, column) => wrap(cell, widths[column] ?? 40));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const out: string[] = [];
    for (let index = 0; index < height; index++) {
      out.push(
        wrapped
          .map((lines, column) => (lines[index] ?? '').padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd(),
      );
    }
    return out.join('\n');
  };
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((part) => part.length));
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        lines.push(current);
        current = word;
      } else {
        current = current ? `${current} ${word}` : word;
      }
    }
    lines.push(current);
  }
  return lines;
}
