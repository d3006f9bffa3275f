// Hash routing that also reads a query written inside the hash. wouter's `useHashLocation` takes the whole hash
// as the path, so `#/wizards/import-files?dataset=x` matched no route and only a query before the `#`
// (`?dataset=x#/wizards/import-files`, what wouter's own navigation writes) reached `useSearch`. Here the path is
// the hash up to its `?`, and the search is the query before the `#` with the hash's own query on top, so both
// kinds of links work. Navigation writes the query inside the hash and clears the one before it: wouter's own
// hash navigation keeps an old query before the `#` when the target has none, so `?batch=x` followed the user
// to every page after it.
import { useSyncExternalStore } from 'react';
import type { BaseLocationHook, BaseSearchHook } from 'wouter';

const HASH_PREFIX = /^#?\/?/;

function subscribe(onChange: () => void): () => void {
  addEventListener('hashchange', onChange);
  addEventListener('popstate', onChange);
  return () => {
    removeEventListener('hashchange', onChange);
    removeEventListener('popstate', onChange);
  };
}

/** `#/a/b?x=1` → `/a/b`. */
export function hashPath(hash: string): string {
  const rest = hash.replace(HASH_PREFIX, '');
  const query = rest.indexOf('?');
  return `/${query < 0 ? rest : rest.slice(0, query)}`;
}

/** The query before the `#` merged with the one inside it (the hash's values win), without a leading `?`. */
export function hashSearch(search: string, hash: string): string {
  const query = hash.indexOf('?');
  if (query < 0) return search.replace(/^\?/, '');
  const params = new URLSearchParams(search);
  for (const [key] of new URLSearchParams(hash.slice(query + 1))) params.delete(key);
  for (const [key, value] of new URLSearchParams(hash.slice(query + 1))) params.append(key, value);
  return params.toString();
}

/** Goes to `to` (`/path?query`): the whole target in the hash, no query left before it. */
export function navigateHash(
  to: string,
  { state = null, replace = false }: { state?: unknown; replace?: boolean } = {},
): void {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.search = '';
  url.hash = `/${to.replace(HASH_PREFIX, '')}`;
  const newURL = url.href;
  history[replace ? 'replaceState' : 'pushState'](state, '', newURL);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL }));
}

const currentPath = () => hashPath(location.hash);
const currentSearch = () => hashSearch(location.search, location.hash);

export const useAppHashSearch: BaseSearchHook = () =>
  useSyncExternalStore(subscribe, currentSearch, () => '');

export const useAppHashLocation = (() => [
  useSyncExternalStore(subscribe, currentPath, () => '/'),
  navigateHash,
]) as BaseLocationHook & { hrefs: (href: string) => string; searchHook: BaseSearchHook };
useAppHashLocation.hrefs = (href) => `#${href}`;
useAppHashLocation.searchHook = useAppHashSearch;
