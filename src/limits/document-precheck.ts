import { Lexer, Source, TokenKind } from 'graphql';
import type { LimitKind } from './query-limits.js';

/**
 * Nesting of `{`, `[` and `(` allowed in a document before it is parsed. graphql-js parses by
 * recursive descent, several stack frames per level: a document nested a few thousand levels
 * deep overflows the stack of a cold process before its own maxTokens check is reached. The
 * selection-depth rule (LIMIT_MAX_DEPTH, at most 100) runs only after parsing, so this bound is
 * generous: selections, inline fragments and nested input objects of any document that passes
 * the depth rule fit well within it.
 */
export const MAX_NESTING = 256;

/**
 * Lexes the document (iteratively, no recursion) and says which limit it breaks before the
 * parser sees it: more than `maxTokens` tokens, or nesting deeper than MAX_NESTING. A document
 * with a syntax error is left to the parser, which reports it as usual.
 */
export function precheckDocument(source: string, maxTokens: number): LimitKind | null {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > maxTokens) return 'TOKENS';
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
        if (++nesting > MAX_NESTING) return 'DEPTH';
      } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) {
        nesting -= 1;
      }
    }
  } catch {
    return null;
  }
  return null;
}
