/**
 * List-valued URL parameters ("房租:1800,吃饭:1500" or "信用卡:20000:18:1000;花呗:8000:15:500"):
 * split into rows of fields and joined back. Full-width separators are accepted.
 */
export function splitRows(value: string, rowSep: "," | ";"): string[][] {
  const rows = rowSep === "," ? value.split(/[,，、]/) : value.split(/[;；]/);
  return rows
    .map((r) => r.trim())
    .filter((r) => r !== "")
    .map((r) => r.split(/[:：]/).map((f) => f.trim()));
}

/** Separators and colons inside a field would break the list, so they are removed. */
function clean(field: string): string {
  return field.replace(/[,，、;；:：]/g, " ").trim();
}

export function joinRows(rows: readonly (readonly string[])[], rowSep: "," | ";"): string {
  return rows.map((r) => r.map(clean).join(":")).join(rowSep);
}
