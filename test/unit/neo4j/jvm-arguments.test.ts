import { describe, expect, it } from 'vitest';
import { jvmArguments } from '../../../neo4j/local-neo4j.js';

describe('the local Neo4j JVM options', () => {
  it('fixes the heap and uses G1 by default', () => {
    const args = jvmArguments('2g');
    expect(args.slice(0, 2)).toEqual(['-Xms2g', '-Xmx2g']);
    expect(args).toContain('-XX:+UseG1GC');
  });

  it('drops G1 when the extra options choose another collector, which the JVM would otherwise refuse', () => {
    const args = jvmArguments('1g', ['-XX:+UseParallelGC']);
    expect(args).not.toContain('-XX:+UseG1GC');
    expect(args.filter((a) => /^-XX:\+Use\w+GC$/.test(a))).toEqual(['-XX:+UseParallelGC']);
  });

  it('puts extra options last, so a repeated option overrides the default', () => {
    const args = jvmArguments('1g', ['-XX:TieredStopAtLevel=1', '-XX:-ExitOnOutOfMemoryError']);
    expect(args.slice(-2)).toEqual(['-XX:TieredStopAtLevel=1', '-XX:-ExitOnOutOfMemoryError']);
    expect(args.indexOf('-XX:+ExitOnOutOfMemoryError')).toBeLessThan(args.indexOf('-XX:-ExitOnOutOfMemoryError'));
  });
});
