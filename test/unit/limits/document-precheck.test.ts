import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, precheckDocument } from '../../../src/limits/document-precheck.js';

const nested = (levels: number) => `query { ${'a { '.repeat(levels)}b${' }'.repeat(levels)} }`;

describe('precheckDocument (before the parser)', () => {
  it('passes ordinary documents, and leaves syntax errors to the parser', () => {
    expect(precheckDocument('query Q($id: ID!) { casing(id: $id) { id scenes(first: 5) { edges { node { id } } } } }', 5_000)).toBeNull();
    expect(precheckDocument('{ a(filter: { b: [1, 2, { c: 3 }] }) { d } }', 5_000)).toBeNull();
    expect(precheckDocument('{ a ( ', 5_000)).toBeNull();
    expect(precheckDocument('{ "unterminated', 5_000)).toBeNull();
  });

  it('rejects nesting deeper than MAX_NESTING, however few the tokens', () => {
    expect(precheckDocument(nested(MAX_NESTING - 2), 100_000)).toBeNull();
    expect(precheckDocument(nested(MAX_NESTING + 1), 100_000)).toBe('DEPTH');
    expect(precheckDocument(`{ a(x: ${'['.repeat(MAX_NESTING + 1)}1${']'.repeat(MAX_NESTING + 1)}) }`, 100_000)).toBe('DEPTH');
  });

  it('rejects more tokens than allowed, counted as graphql-js counts them (comments excluded)', () => {
    const wide = `{ ${Array.from({ length: 100 }, (_, i) => `f${i}`).join(' ')} }`; // 102 tokens
    expect(precheckDocument(wide, 102)).toBeNull();
    expect(() => parse(wide, { maxTokens: 102 })).not.toThrow();
    expect(precheckDocument(wide, 101)).toBe('TOKENS');
    expect(() => parse(wide, { maxTokens: 101 })).toThrow(/tokens/);
    expect(precheckDocument(`# ${'comment '.repeat(1000)}\n{ a }`, 3)).toBeNull();
  });

  it('answers a 2,000-level document without recursion', () => {
    expect(precheckDocument(nested(2_000), 5_000)).toBe('DEPTH');
    expect(precheckDocument(nested(100_000), 1_000_000)).toBe('DEPTH');
  });
});
