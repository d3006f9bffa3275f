// Filters the standard library's field groups by what the user typed: every word must appear in title or id.
import type { LibraryEntry } from '../../../shared/xdm/types';

export function filterLibrary(entries: readonly LibraryEntry[], search: string): LibraryEntry[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = `${entry.title} ${entry['meta:altId']}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
