import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  bulkCancelCallbacks,
  cancelCallback,
  createCallback,
  recreateCallback,
  rescheduleCallback,
} from '@/api/callbacks'
import { queryKeys } from '@/api/keys'
import type { BulkCancelRequest, RecreateRequest, UiCreateCallbackRequest } from '@/api/types'

/**
 * The dialogs' writes, each invalidating what it changed: the callback lists and details, the free
 * slots a booking or a cancellation moves, the cancellation report after a cancel. Invalidation is
 * not awaited, so a dialog closes as soon as the write is done and the list catches up behind it.
 */
const availabilityKey = queryKeys.queues.availabilities()

export const mutationKeys = queryKeys.callbacks.writes

function refresh(queryClient: QueryClient, ...keys: ReadonlyArray<readonly unknown[]>) {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey })
}

export function useCreateCallback() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.create,
    mutationFn: (input: { body: UiCreateCallbackRequest; idempotencyKey: string }) =>
      createCallback(input.body, input.idempotencyKey),
    onSuccess: () => refresh(queryClient, queryKeys.callbacks.all),
    // A refused booking (slot full) also means the slots shown are out of date.
    onSettled: () => refresh(queryClient, availabilityKey),
  })
}

export function useRescheduleCallback() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.reschedule,
    mutationFn: (input: { id: string; desiredTime: string }) =>
      rescheduleCallback(input.id, input.desiredTime),
    onSuccess: () => refresh(queryClient, queryKeys.callbacks.all),
    onSettled: () => refresh(queryClient, availabilityKey),
  })
}

export function useCancelCallback() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.cancel,
    mutationFn: (id: string) => cancelCallback(id),
    onSuccess: () =>
      refresh(
        queryClient,
        queryKeys.callbacks.all,
        queryKeys.reports.cancellationSummary,
        availabilityKey,
      ),
  })
}

export function useRecreateCallback() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.recreate,
    mutationFn: (input: { id: string; body: RecreateRequest; idempotencyKey: string }) =>
      recreateCallback(input.id, input.body, input.idempotencyKey),
    onSuccess: () => refresh(queryClient, queryKeys.callbacks.all),
    onSettled: () => refresh(queryClient, availabilityKey),
  })
}

export function useBulkCancel() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: mutationKeys.bulkCancel,
    mutationFn: (input: { body: BulkCancelRequest; idempotencyKey: string }) =>
      bulkCancelCallbacks(input.body, input.idempotencyKey),
    // Even a failed request may have cancelled some callbacks before it broke off.
    onSettled: () =>
      refresh(
        queryClient,
        queryKeys.callbacks.all,
        queryKeys.reports.cancellationSummary,
        availabilityKey,
      ),
  })
}
