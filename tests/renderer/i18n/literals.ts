// The fixed text of every string literal of a TypeScript source: quoted strings whole, template literals cut at
// each ${…} (nested templates inside a ${…} are read too). Comments are skipped. Regular expression literals are not
// recognised; the files read here hold no quote inside one.

/** Fixed pieces of the string and template literals of `source`, in order. */
export function literalPieces(source: string): string[] {
  const pieces: string[] = [];
  let i = 0;
  const readTemplate = () => {
    // At the character after the opening backtick; stops after the closing one.
    let piece = '';
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        piece += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        i++;
        break;
      } else if (c === '$' && source[i + 1] === '{') {
        pieces.push(piece);
        piece = '';
        i += 2;
        readCode(true);
      } else {
        piece += c;
        i++;
      }
    }
    pieces.push(piece);
  };
  const readCode = (inner: boolean) => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
      else if (source.startsWith('/*', i)) i = source.indexOf('*/', i + 2) + 2;
      else if (c === "'" || c === '"') {
        const end = source.indexOf(c, i + 1);
        pieces.push(source.slice(i + 1, end));
        i = end + 1;
      } else if (c === '`') {
        i++;
        readTemplate();
      } else {
        if (c === '{') depth++;
        if (c === '}') {
          if (inner && depth === 0) {
            i++;
            return;
          }
          depth--;
        }
        i++;
      }
    }
  };
  readCode(false);
  return pieces;
}
