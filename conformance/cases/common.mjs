// What several cases need to find on the back end under test, looked up once per run.

async function memo(t, key, compute) {
  const cache = (t.kit.memo ??= new Map());
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key);
}

/** The current establishment of an account (its /me). */
export function accountUai(t, account) {
  return memo(t, `uai:${account}`, async () => {
    const me = await t.request(account, 'GET', '/me');
    t.check(me.status === 200, `GET /me as ${account}: ${me.status}`, 'paths./me.get');
    return me.body.currentUai;
  });
}

/** The signed-in id of an account. */
export function accountId(t, account) {
  return memo(t, `id:${account}`, async () => {
    const me = await t.request(account, 'GET', '/me');
    t.check(me.status === 200, `GET /me as ${account}: ${me.status}`, 'paths./me.get');
    return me.body.id;
  });
}

/** Establishment A's subscriptions. */
export function subscriptions(t) {
  return memo(t, 'subscriptions', async () => {
    const list = await t.request('responsableA', 'GET', '/affectation/establishments/{uai}/subscriptions', { path: { uai: t.data.uaiA } });
    t.check(list.status === 200, `listing A's subscriptions: ${list.status}`, 'paths./affectation/establishments/{uai}/subscriptions.get');
    return list.body.subscriptions;
  });
}

/** The licences left of a subscription for a public (null: unlimited), read fresh. */
export async function availableNow(t, subscriptionId, pub) {
  const list = await t.request('responsableA', 'GET', '/affectation/establishments/{uai}/subscriptions', { path: { uai: t.data.uaiA } });
  const sub = list.body.subscriptions.find((s) => s.id === subscriptionId);
  t.check(sub, `subscription ${subscriptionId} is not in A's list`, 'accounts.json data.assignable');
  const count = sub.counts.find((c) => c.public === pub);
  t.check(count, `subscription ${subscriptionId} has no count for ${pub}`, 'components.schemas.Subscription.counts');
  return count;
}

/** Removes assignments (undo of what a case created). */
export async function removeAssignments(t, ids) {
  if (ids.length === 0) return;
  const result = await t.request('responsableA', 'POST', '/affectation/establishments/{uai}/assignments/remove', { path: { uai: t.data.uaiA }, body: { assignmentIds: ids } });
  // 404: the case took them back itself (a bulk remove is all or nothing: retry one by one).
  if (result.status === 404 && ids.length > 1) {
    for (const id of ids) await removeAssignments(t, [id]);
    return;
  }
  if (result.status !== 200 && result.status !== 404) throw new Error(`removing ${ids.length} assignment(s): ${result.status}`);
}

/** People of a public in establishment A, a page at a time (for targets). */
export async function people(t, pub, pageSize = 500) {
  const found = await t.request('responsableA', 'GET', '/affectation/establishments/{uai}/people', { path: { uai: t.data.uaiA }, query: { profile: pub, pageSize } });
  t.check(found.status === 200, `searching A's people: ${found.status}`, 'paths./affectation/establishments/{uai}/people.get');
  return found.body.items;
}

/** The writable subscription (accounts.json data.assignable), with its public. */
export function assignable(t) {
  const spec = t.data.assignable;
  if (!spec?.subscriptionId || !spec?.public) t.skip('accounts.json data.assignable { subscriptionId, public } names a subscription the kit may assign and take back');
  return spec;
}
