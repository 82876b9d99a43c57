// The tolerant reader at the client boundary: records with the shape are kept, the others
// dropped and logged once (operation, id, faulty field, never a value); an answer without the
// shape is a malformed-answer error; a reading client applies the reader of each operation.
import { expect } from '@open-wc/testing';
import { ApiClient } from '../../src/shared/api/client.js';
import { ApiError } from '../../src/shared/api/errors.js';
import { fault, listOf, MAX_TEXT, num, oneOf, opt, readList, readOne, shaped, text, withReaders } from '../../src/shared/api/read.js';

const shape = { id: text, title: text, kind: oneOf('a', 'b'), count: opt(num), tags: opt(listOf(text)), link: opt(shaped({ url: text })) };

function capture(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('tolerant reader', () => {
  it('names the first faulty field of a record', () => {
    expect(fault({ id: 'x', title: 't', kind: 'a' }, shape)).to.equal('');
    expect(fault({ id: 'x', title: null, kind: 'a' }, shape)).to.equal('title');
    expect(fault({ id: 'x', title: 't', kind: 'c' }, shape)).to.equal('kind');
    expect(fault({ id: 'x', title: 't', kind: 'a', tags: 'pas une liste' }, shape)).to.equal('tags');
    expect(fault({ id: 'x', title: 't', kind: 'a', link: { url: 3 } }, shape)).to.equal('link');
    expect(fault([], shape)).to.equal('(record)');
    expect(fault('x', shape)).to.equal('(record)');
  });

  it('drops malformed records, keeps the others, and logs the drops once without their content', () => {
    const list = [
      { id: 'ok-1', title: 'Réunion parents-profs', kind: 'a' },
      { id: 'bad-1', title: 42, kind: 'a' },
      null,
      { id: 'ok-2', title: 'Sortie', kind: 'b', count: 3 },
      { id: 'bad-2', title: 'Nom Prénom', kind: 'z' },
    ];
    let kept: unknown[] = [];
    const logs = capture(() => (kept = readList('GET /things', list, shape)));
    expect(kept.map((r) => (r as { id: string }).id)).to.deep.equal(['ok-1', 'ok-2']);
    expect(logs).to.have.length(1);
    const logged = JSON.stringify(logs[0]);
    expect(logged).to.contain('GET /things').and.to.contain('3 malformed').and.to.contain('bad-1: title').and.to.contain('bad-2: kind');
    // Never a value of the record (names, titles…).
    expect(logged).not.to.contain('Nom Prénom');
  });

  it('turns a list that is not one, or whose records are all unreadable, into a malformed answer', () => {
    for (const body of ['pas une liste', null, undefined, { items: [] }]) {
      expect(() => readList('GET /things', body, shape)).to.throw(ApiError).with.property('kind', 'malformed');
    }
    capture(() => expect(() => readList('GET /things', [{ id: 1 }, { id: 2 }], shape)).to.throw(ApiError));
    capture(() => expect(readList('GET /things', [{ id: 1 }], shape, true)).to.deep.equal([]));
    expect(readList('GET /things', [], shape)).to.deep.equal([]);
  });

  it('reads one answer or throws a malformed-answer error naming the operation and the field', () => {
    expect(readOne('GET /one', { id: 'x', title: 't', kind: 'b' }, shape)).to.deep.equal({ id: 'x', title: 't', kind: 'b' });
    try {
      readOne('GET /one', { id: 'x', kind: 'b' }, shape);
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(ApiError);
      expect((error as ApiError).kind).to.equal('malformed');
      expect((error as ApiError).details).to.include({ url: 'GET /one', code: 'title' });
    }
  });

  it('cuts a text longer than the contract allows', () => {
    const record = { id: 'x', title: 'a'.repeat(2_000_000), kind: 'a' };
    expect(fault(record, shape)).to.equal('');
    expect(record.title).to.have.length(MAX_TEXT);
  });

  it('gives a client whose answers pass through the reader of their operation', async () => {
    const answers: Record<string, unknown> = {
      '/api/things': { things: [{ id: 'ok', title: 't', kind: 'a' }, { id: 'bad' }] },
      '/api/me': { id: 'u' },
    };
    const client = new ApiClient({ fetch: async (url) => new Response(JSON.stringify(answers[String(url)]), { headers: { 'Content-Type': 'application/json' } }) });
    const readers = { 'GET /things': (body: unknown) => readList('GET /things', (body as { things: unknown }).things, shape) };
    const reading = withReaders(client, readers);
    expect(withReaders(client, readers)).to.equal(reading);
    const things = await (reading.get as (path: string) => Promise<unknown>)('/things');
    expect(things).to.deep.equal([{ id: 'ok', title: 't', kind: 'a' }]);
    // No reader: the answer as it came.
    expect(await reading.get('/me')).to.deep.equal({ id: 'u' });
    expect(reading.url('/x')).to.equal('/api/x');
  });
});
