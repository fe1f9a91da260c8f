import { describe, expect, it } from 'vitest';
import { checkInput } from '../../../src/common/validate-args.js';
import { ShareInvestigationArgs, UnshareInvestigationArgs, versionRule } from '../../../src/investigation/investigation.args.js';
import { AnnotationInput, SaveInvestigationInput, SavedNodeInput } from '../../../src/investigation/investigation.type.js';
import { failure, faultOf } from '../support/arg-failure.js';

const node = (id: string, x = 0, y = 0) => Object.assign(new SavedNodeInput(), { id, x, y });
const note = (text: string) => Object.assign(new AnnotationInput(), { text, x: 1, y: 1 });
/** The field at fault in a save, as the API names it (the argument is `input`). */
const saveFault = (v: Partial<SaveInvestigationInput>) =>
  failure(() => checkInput(Object.assign(new SaveInvestigationInput(), { name: 'Ring', nodes: [node('Person:P-1')], ...v }), 'input'))?.field ?? null;

describe('saveInvestigation input (declared on SaveInvestigationInput and its parts)', () => {
  it('accepts a plain save', () => {
    expect(saveFault({ annotations: [note('buyer')], windowFrom: new Date('2025-01-01'), windowTo: new Date('2025-02-01') })).toBeNull();
  });
  it.each([
    [{ name: ' ' }, 'input.name'],
    [{ name: 'x'.repeat(121) }, 'input.name'],
    [{ note: 'x'.repeat(4001) }, 'input.note'],
    [{ nodes: [] }, 'input.nodes'],
    [{ nodes: Array.from({ length: 1001 }, (_, i) => node(`Person:P-${i}`)) }, 'input.nodes'],
    [{ nodes: [node('Person:P-1'), node('person:P-1')] }, 'input.nodes[1].id'],
    [{ nodes: [node('P-1')] }, 'input.nodes[0].id'],
    [{ nodes: [node('Person:P-1', Number.NaN)] }, 'input.nodes[0].x'],
    [{ nodes: [node('Person:P-1', 0, 2e7)] }, 'input.nodes[0].y'],
    [{ annotations: Array.from({ length: 201 }, () => note('a')) }, 'input.annotations'],
    [{ annotations: [note('ok'), note('  ')] }, 'input.annotations[1].text'],
    [{ windowFrom: new Date('2025-02-01'), windowTo: new Date('2025-01-01') }, 'input.windowTo'],
    [{ basedOnVersion: 2 }, 'input.basedOnVersion'],
  ] as Array<[Partial<SaveInvestigationInput>, string]>)('refuses %j on %s', (v, field) => {
    expect(saveFault(v)).toBe(field);
  });
});

describe('share and unshare arguments', () => {
  it.each([ShareInvestigationArgs, UnshareInvestigationArgs])('%o: someone to share with, at most 50 users, each a subject', (Args) => {
    expect(faultOf(Args, { id: 'I-1', users: ['alice'], agency: false })).toBeNull();
    expect(faultOf(Args, { id: 'I-1', agency: true })).toBeNull();
    expect(faultOf(Args, { id: 'I-1', users: [], agency: false })).toBe('users');
    expect(faultOf(Args, { id: 'I-1', users: ['alice', ' '], agency: false })).toBe('users[1]');
    expect(faultOf(Args, { id: 'I-1', users: Array.from({ length: 51 }, (_, i) => `u${i}`), agency: false })).toBe('users');
    expect(faultOf(Args, { id: ' ', agency: true })).toBe('id');
  });
  it('versions are numbered from 1', () => {
    expect(versionRule().safeParse(1).success).toBe(true);
    expect(versionRule().safeParse(0).error?.issues[0]?.message).toBe('must be 1 or more');
  });
});
