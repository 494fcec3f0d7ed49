// Test cases travel as small CSV files a drafter keeps beside a program, read in the browser:
// one record at a time is enough here. Rosters (large, untrusted, any encoding) go through
// @jiangce/roster's streaming csv-parse instead.

/** Fields of one CSV record, or null when a quoted field is still open. */
export function splitCsv(text: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (i < n && text.charCodeAt(i) === 34) {
      let value = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return null;
        value += text.slice(i, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fields.push(value);
      if (i >= n) return fields;
      i = text.indexOf(",", i) + 1;
      if (i === 0) return fields;
    } else {
      const c = text.indexOf(",", i);
      if (c === -1) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, c));
      i = c + 1;
    }
  }
}
