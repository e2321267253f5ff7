import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_CHARS, IMPORT_MESSAGE_MAX_CHARS, parseUntrustedJson } from '../../lib/storage/safe-json';

describe('parseUntrustedJson', () => {
  it('bounds the nodes by the size allowed: a one-message file at 2,000,000, a file read by the page far higher', () => {
    const flat = `[${'0,'.repeat(3_000_000)}0]`;
    const small = parseUntrustedJson(flat, IMPORT_MESSAGE_MAX_CHARS);
    expect(small.ok ? 'accepted' : small.message).toBe('The file has too many entries.');
    expect(parseUntrustedJson(flat, IMPORT_MAX_CHARS).ok).toBe(true);
    const keys = `[${'{"a":0},'.repeat(1_050_000)}{"a":0}]`; // objects' keys count too: 2,100,002 nodes in 9.5 MB
    const counted = parseUntrustedJson(keys, IMPORT_MESSAGE_MAX_CHARS);
    expect(counted.ok ? 'accepted' : counted.message).toBe('The file has too many entries.');
  });

  it('finds a forbidden key at any depth, in objects inside lists, and refuses depth past 64', () => {
    expect(parseUntrustedJson('{"a":[1,{"b":[{"constructor":{}}]}]}')).toEqual({ ok: false, message: 'The file contains a forbidden key "constructor".' });
    expect(parseUntrustedJson('[[{"prototype":1}]]')).toEqual({ ok: false, message: 'The file contains a forbidden key "prototype".' });
    expect(parseUntrustedJson(`${'['.repeat(65)}${']'.repeat(65)}`).ok).toBe(true);
    expect(parseUntrustedJson(`${'['.repeat(66)}${']'.repeat(66)}`)).toEqual({ ok: false, message: 'The file is nested too deeply.' });
    expect(parseUntrustedJson('"just text"')).toEqual({ ok: true, value: 'just text' });
    expect(parseUntrustedJson(12)).toEqual({ ok: false, message: 'The file is not text.' });
  });
});
