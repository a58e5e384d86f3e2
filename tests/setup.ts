// Shared setup for every unit test: a real IndexedDB implementation in memory, reset per file by vitest's isolation.
import 'fake-indexeddb/auto';
