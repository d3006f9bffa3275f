// Node test setup: nothing global yet; engine tests build their own fake-indexeddb databases.
export {};
