const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The first member name that appears twice in one object of a JSON text that JSON.parse has
 * already accepted, or null. JSON.parse keeps the last value of a repeated name and drops the
 * other without a word (RFC 8259 §4 leaves the behaviour to the reader); a record whose field is
 * given twice with two values is refused instead, since which one the sender meant would be a
 * guess. Runs in one pass over the text, after a successful parse, so it never meets bad JSON.
 */
export function repeatedKey(text: string): string | null {
  // One set of names per open object; null for an open array.
  const open: Array<Set<string> | null> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i + 1;
      let escaped = false;
      while (text.charCodeAt(end) !== QUOTE) {
        if (text.charCodeAt(end) === BACKSLASH) {
          escaped = true;
          end += 1;
        }
        end += 1;
      }
      const names = open.at(-1);
      if (names) {
        let next = end + 1;
        while (isSpace(text.charCodeAt(next))) next += 1;
        if (text.charCodeAt(next) === COLON) {
          const name = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
          if (names.has(name)) return name;
          names.add(name);
        }
      }
      i = end;
    } else if (c === OPEN_OBJECT) open.push(new Set());
    else if (c === OPEN_ARRAY) open.push(null);
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) open.pop();
  }
  return null;
}
