import {
  useMutation,
  useQueryClient,
  type DataTag,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import { useState } from 'react'
import { savedVersionOf } from '@/api/errors'
import { useSingleFlight } from '@/lib/useSingleFlight'
import { useUnsavedChangesGuard } from './UnsavedChangesGuard'

/** What the backend versions: a save or a delete sends the version it started from (409 if stale). */
export interface Versioned {
  id: string
  version: number
}

/** The typed key of a cached list, taken from its query: `xQuery().queryKey`. */
export type ListKey<T> = DataTag<QueryKey, T[], unknown>
/** The typed key of a cached single resource (one per tenant; null until saved). */
export type ItemKey<T> = DataTag<QueryKey, T | null, unknown>

/**
 * Where the resource is cached: in a list (rules, key sets), or alone (a tenant's credentials). A
 * single resource's untouched blank draft is not unsaved: there is nothing to lose in it.
 */
type CacheOf<T> =
  { listKey: ListKey<T>; itemKey?: undefined } | { itemKey: ItemKey<T>; listKey?: undefined }

export type VersionedEditorOptions<T extends Versioned, D> = EditorOptions<T, D> & CacheOf<T>

interface EditorOptions<T extends Versioned, D> {
  /** The resource as the latest read of its list has it; null for one not created yet. */
  resource: T | null
  /** The draft of a resource not created yet (for an editor that creates). */
  blank?: (() => D) | undefined
  /**
   * Whether an untouched blank draft is nothing to lose. Always so for a single resource; for a
   * list, only where no entry in it stands for the new resource (a form shown when the list is
   * empty), unlike a new rule the user added to a list and may want to keep.
   */
  blankIsNothing?: boolean | undefined
  /** The draft of a saved version. */
  toDraft: (saved: T) => D
  /** Same content for saving purposes: decides whether anything is unsaved. */
  sameDraft: (a: D, b: D) => boolean
  /** Send a new resource; resolves to it as saved (version 1). */
  create?: ((draft: D) => Promise<T>) | undefined
  /** Save over `version` (the one the edit started from, or the newer one the user chose to replace). */
  update: (id: string, draft: D, version: number) => Promise<T>
  /** Delete the saved version. */
  remove?: ((saved: T) => Promise<unknown>) | undefined
  /** Other cached reads a save or a delete changes, read again afterwards. */
  invalidates?: readonly QueryKey[] | undefined
  /**
   * Checked before anything is sent; false stops the save (the editor says why, next to the field).
   * May be asynchronous (a key parsed with WebCrypto).
   */
  check?: ((draft: D) => boolean | Promise<boolean>) | undefined
  /** True for a refusal the editor shows next to a field itself, rather than as a failure. */
  claimsRefusal?: ((error: unknown) => boolean) | undefined
  onSaved?: ((saved: T, created: boolean) => void) | undefined
  /** After a delete; null when a resource never saved is discarded. */
  onDeleted?: ((deleted: T | null) => void) | undefined
  /** The draft was replaced by a saved version (Revert, load theirs): forget what was said about it. */
  onReset?: (() => void) | undefined
}

/** A save or delete that failed for another reason than a stale version. */
interface Failure {
  action: 'save' | 'delete'
  error: unknown
  /** The version the failed save was sent over, sent again by a retry. */
  version: number
}

/** Puts a saved version in its cached list (replacing the one with its id, or adding it). */
export function putInList<T extends Versioned>(
  queryClient: QueryClient,
  listKey: ListKey<T>,
  saved: T,
) {
  queryClient.setQueryData(listKey, (list) =>
    list?.some((item) => item.id === saved.id)
      ? list.map((item) => (item.id === saved.id ? saved : item))
      : [...(list ?? []), saved],
  )
}

export function dropFromList<T extends Versioned>(
  queryClient: QueryClient,
  listKey: ListKey<T>,
  id: string,
) {
  queryClient.setQueryData(listKey, (list) => list?.filter((item) => item.id !== id))
}

function blankDraft<D>(blank: (() => D) | undefined): D {
  if (!blank) throw new Error('An editor of a resource not created yet needs `blank`.')
  return blank()
}

/**
 * The editing of one versioned resource (a rule, a group, a credential): a draft over the version
 * it started from, the unsaved-changes guard, Save (create or update, with the version), Revert,
 * Delete after confirming, the 409 choice (keep editing, load theirs, save over theirs) and the cache
 * of its list, updated from each answer. The editor renders; this decides.
 *
 * An edit made while a save is in flight survives it: the answer replaces the draft only when the
 * draft is still what was sent; otherwise the draft stays, unsaved against the new version.
 */
export function useVersionedEditor<T extends Versioned, D>(options: VersionedEditorOptions<T, D>) {
  const { resource, toDraft, sameDraft } = options
  const queryClient = useQueryClient()
  // The version the draft is based on, with its draft (computed once per version).
  const [base, setBase] = useState(() => ({
    saved: resource,
    draft: resource ? toDraft(resource) : blankDraft(options.blank),
  }))
  const [draft, setDraft] = useState(base.draft)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [conflict, setConflict] = useState<T | null>(null)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const saved = base.saved
  const blankIsNothing = options.itemKey !== undefined || options.blankIsNothing === true
  const dirty = (saved === null && !blankIsNothing) || !sameDraft(draft, base.draft)
  useUnsavedChangesGuard(dirty)

  // A newer version read in the background (someone saved, the list was read again) replaces an
  // untouched draft; a draft being edited stays, and saving it will tell of the conflict.
  if (resource && saved && resource.id === saved.id && resource.version > saved.version && !dirty) {
    const next = toDraft(resource)
    setBase({ saved: resource, draft: next })
    setDraft(next)
  }

  const cacheKey: QueryKey = options.listKey ?? options.itemKey
  const cacheSaved = (result: T) => {
    if (options.listKey) putInList(queryClient, options.listKey, result)
    else queryClient.setQueryData(options.itemKey, result)
  }
  const readAgain = () => {
    for (const queryKey of [cacheKey, ...(options.invalidates ?? [])]) {
      void queryClient.invalidateQueries({ queryKey })
    }
  }

  const saving = useMutation({
    mutationFn: ({ target, sent, version }: { target: T | null; sent: D; version: number }) => {
      if (target) return options.update(target.id, sent, version)
      if (!options.create) throw new Error('This editor cannot create a resource.')
      return options.create(sent)
    },
  })
  const deleting = useMutation({
    mutationFn: (target: T) => options.remove?.(target) ?? Promise.resolve(),
  })

  // A second click on Save (or Delete) while the first is on its way sends nothing: it would only
  // come back 409, the first having moved the version on.
  const singleFlight = useSingleFlight()

  const send = (version: number) => singleFlight(() => sendNow(version))
  const sendNow = async (version: number) => {
    if (options.check && !(await options.check(draft))) return
    const sent = draft
    setFailure(null)
    try {
      const result = await saving.mutateAsync({ target: saved, sent, version })
      const next = toDraft(result)
      setBase({ saved: result, draft: next })
      setDraft((current) => (current === sent || sameDraft(current, sent) ? next : current))
      setConflict(null)
      cacheSaved(result)
      readAgain()
      options.onSaved?.(result, saved === null)
    } catch (error) {
      const current = savedVersionOf(error) as T | null
      if (current) setConflict(current)
      else if (!options.claimsRefusal?.(error)) setFailure({ action: 'save', error, version })
    }
  }

  const remove = () => singleFlight(removeNow)
  const removeNow = async () => {
    if (!saved) {
      setConfirmingDelete(false)
      options.onDeleted?.(null)
      return
    }
    setFailure(null)
    try {
      await deleting.mutateAsync(saved)
      setConfirmingDelete(false)
      if (options.listKey) dropFromList(queryClient, options.listKey, saved.id)
      else queryClient.setQueryData(options.itemKey, null)
      readAgain()
      options.onDeleted?.(saved)
    } catch (error) {
      setConfirmingDelete(false)
      // Refused because it is in use now, or changed meanwhile: show it as it is now.
      readAgain()
      setFailure({ action: 'delete', error, version: saved.version })
    }
  }

  const replaceDraft = (next: T) => {
    const nextDraft = toDraft(next)
    setBase({ saved: next, draft: nextDraft })
    setDraft(nextDraft)
    cacheSaved(next)
  }

  const reset = () => {
    setFailure(null)
    options.onReset?.()
  }

  return {
    /** The version the draft is based on; null until a new resource is created. */
    saved,
    draft,
    setDraft,
    dirty,
    saving: saving.isPending,
    deleting: deleting.isPending,
    /** Save the draft over the version it started from (or create it). */
    save: () => void send(saved?.version ?? 0),
    revert: () => {
      setDraft(base.draft)
      reset()
    },
    failure: failure && {
      action: failure.action,
      error: failure.error,
      retry: () => void (failure.action === 'save' ? send(failure.version) : remove()),
    },
    dismissFailure: () => setFailure(null),
    askDelete: () => setConfirmingDelete(true),
    /** Props of the ConfirmDialog that asks before deleting (title and text are the editor's). */
    deleteDialog: {
      open: confirmingDelete,
      busy: deleting.isPending,
      onConfirm: () => void remove(),
      onClose: () => setConfirmingDelete(false),
    },
    /** Props of ConflictDialog: someone saved a newer version since this draft started. */
    conflictDialog: {
      open: conflict !== null,
      saved: conflict,
      onClose: () => setConflict(null),
      onLoadSaved: () => {
        if (conflict) replaceDraft(conflict)
        setConflict(null)
        reset()
      },
      onOverwrite: () => {
        setConflict(null)
        if (conflict) void send(conflict.version)
      },
    },
  }
}

export type VersionedEditor<T extends Versioned, D> = ReturnType<typeof useVersionedEditor<T, D>>
