/** JSON with two-space indentation and a final newline: the form every committed spec file has. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
