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

/** The same table as GitHub-flavoured Markdown; pipes in cells are escaped. */
export function markdownTable(table: Table): string {
  const escapeCell = (cell: string) => cell.replaceAll("|", "\\|");
  return [
    `| ${table.head.map(escapeCell).join(" | ")} |`,
    `| ${table.head.map(() => "---").join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
  ].join("\n");
}
