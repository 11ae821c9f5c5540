import type { Table } from "../suite.js";

/** A table for the terminal: columns padded to their widest cell. */
export function textTable(table: Table): string {
  const widths = table.head.map((cell, column) => Math.max(cell.length, ...table.rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [table.title, line(table.head), widths.map((width) => "─".repeat(width)).join("  "), ...table.rows.map(line)].join("\n");
}

/**
 * The same table as GitHub-flavoured Markdown, with pipes in cells escaped and every column padded
 * to its widest cell, as Biome formats Markdown tables (so RESULTS.md passes `pnpm lint` as written).
 */
export function markdownTable(table: Table): string {
  const escapeCell = (cell: string) => cell.replaceAll("|", "\\|");
  const head = table.head.map(escapeCell);
  const rows = table.rows.map((row) => head.map((_, column) => escapeCell(row[column] ?? "")));
  const widths = head.map((cell, column) => Math.max(3, cell.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(head), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
