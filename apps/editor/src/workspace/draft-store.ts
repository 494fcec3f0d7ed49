// Edits the server has not confirmed are kept in the browser (IndexedDB), so a drafter whose
// network or server went away gets them back on the next visit. One record per program.

const DB_NAME = "jiangce-editor";
const STORE = "unsaved-drafts";

export interface UnsavedDraft {
  programId: string;
  /** the version and revision the edits were made on */
  baseVersionId: string;
  baseRevision: number;
  document: Record<string, unknown>;
  /** ISO time of the last edit */
  keptAt: string;
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, { keyPath: "programId" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export interface DraftStore {
  keep(draft: UnsavedDraft): Promise<void>;
  load(programId: string): Promise<UnsavedDraft | undefined>;
  clear(programId: string): Promise<void>;
}

export function draftStore(factory: IDBFactory = indexedDB): DraftStore {
  return {
    keep: async (draft) => {
      await run(factory, "readwrite", (s) => s.put(structuredClone(draft)));
    },
    load: (programId) =>
      run(factory, "readonly", (s) => s.get(programId) as IDBRequest<UnsavedDraft | undefined>),
    clear: async (programId) => {
      await run(factory, "readwrite", (s) => s.delete(programId));
    },
  };
}
