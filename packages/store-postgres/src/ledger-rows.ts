import {
  type AddressChange,
  type AddressStatus,
  type AddressStatusProblem,
  type ConfirmationState,
  isReason,
  type LedgerEvent,
  type LedgerEventInput,
  type LedgerMessage,
  type LedgerMessageInput,
  ledgerEventTypes,
  type MatchKind,
  type MessageStatus,
  messageStatuses,
  type ProblemKind,
  type Reason,
} from '@mailgate/core';
import { fromStored, toStored } from './text';

// Row shapes and checks of the ledger tables. Times are ms since the epoch in bigint
// columns, read back as float8; every string goes through `toStored`/`fromStored`.

export const MAX_TEXT = 1024;
// A time PostgreSQL's bigint and JavaScript's Date both hold (±8.64e15 ms).
const MAX_TIME = 8.64e15;

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_TEXT;
}

export function optionalText(value: unknown): boolean {
  return value === undefined || isText(value);
}

export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_TIME;
}

/** A stored string, or NULL for none. */
export function stored(value: string | undefined): string | null {
  return value === undefined ? null : toStored(value);
}

function read(value: string | null): string | undefined {
  return value === null ? undefined : fromStored(value);
}

/** A message id without its angle brackets (how provider ids are keyed). */
export function bare(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
}

export function isValidMessage(m: LedgerMessageInput): boolean {
  return (
    m !== null &&
    typeof m === 'object' &&
    isText(m.id) &&
    isText(m.tenant) &&
    optionalText(m.address) &&
    optionalText(m.recipientId) &&
    optionalText(m.category) &&
    optionalText(m.mailingId) &&
    optionalText(m.transport) &&
    optionalText(m.providerMessageId) &&
    optionalText(m.actor) &&
    (messageStatuses as readonly string[]).includes(m.status) &&
    (m.reason === undefined || isReason(m.reason)) &&
    isTime(m.at)
  );
}

export function isValidEvent(event: LedgerEventInput): boolean {
  return (
    event !== null &&
    typeof event === 'object' &&
    isText(event.id) &&
    (ledgerEventTypes as readonly string[]).includes(event.type) &&
    isText(event.tenant) &&
    typeof event.address === 'string' &&
    event.address.length <= MAX_TEXT &&
    (event.messageId !== undefined || event.address !== '') &&
    optionalText(event.messageId) &&
    isTime(event.at) &&
    (event.reason === undefined || isReason(event.reason)) &&
    optionalText(event.subscriptionType) &&
    optionalText(event.source) &&
    (event.detail === undefined || typeof event.detail === 'string')
  );
}

export const MESSAGE_COLUMNS = `id, tenant, address, recipient_id, category, mailing_id, transport,
  provider_key, provider_id, actor, status, reason, created_at::float8 AS created_at,
  status_at::float8 AS status_at, decided_by, seq::float8 AS seq`;

export interface MessageRow {
  id: string;
  tenant: string;
  address: string;
  recipient_id: string | null;
  category: string | null;
  mailing_id: string | null;
  transport: string | null;
  provider_key: string | null;
  provider_id: string | null;
  actor: string | null;
  status: string;
  reason: string | null;
  created_at: number;
  status_at: number;
  decided_by: string;
  seq: number;
}

/** A message row as stored, before any time rule. */
export function toMessage(row: MessageRow): LedgerMessage {
  const message: { -readonly [K in keyof LedgerMessage]: LedgerMessage[K] } = {
    id: fromStored(row.id),
    tenant: fromStored(row.tenant),
    status: row.status as MessageStatus,
    createdAt: Number(row.created_at),
    statusAt: Number(row.status_at),
  };
  const optional = {
    recipientId: read(row.recipient_id),
    address: row.address === '' ? undefined : fromStored(row.address),
    category: read(row.category),
    mailingId: read(row.mailing_id),
    transport: read(row.transport),
    providerMessageId: read(row.provider_id ?? row.provider_key),
    actor: read(row.actor),
    reason: read(row.reason) as Reason | undefined,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (message as Record<string, unknown>)[key] = value;
  }
  return message;
}

export const EVENT_COLUMNS = `e.id, e.type, e.match, e.at::float8 AS at, e.reason,
  e.subscription_type, e.source, e.detail`;

export interface EventRow {
  id: string;
  type: string;
  match: string | null;
  at: number;
  reason: string | null;
  subscription_type: string | null;
  source: string | null;
  detail: string | null;
}

/** An event of a message, with the message's id, tenant and address. */
export function toEvent(
  row: EventRow,
  messageId: string,
  tenant: string,
  address: string,
): LedgerEvent {
  const event: { -readonly [K in keyof LedgerEvent]: LedgerEvent[K] } = {
    id: fromStored(row.id),
    type: row.type as LedgerEvent['type'],
    tenant,
    address,
    messageId,
    at: Number(row.at),
  };
  if (row.match !== null) event.match = row.match as MatchKind;
  if (row.reason !== null) event.reason = row.reason as Reason;
  if (row.subscription_type !== null) event.subscriptionType = fromStored(row.subscription_type);
  if (row.source !== null) event.source = fromStored(row.source);
  if (row.detail !== null) event.detail = fromStored(row.detail);
  return event;
}

export const ADDRESS_COLUMNS = `tenant, address, confirmation, confirmation_at::float8 AS confirmation_at,
  problem_kind, problem_count, problem_last_at::float8 AS problem_last_at, problem_last_reason,
  problem_detail`;

export interface AddressRow {
  tenant: string;
  address: string;
  confirmation: string;
  confirmation_at: number | null;
  problem_kind: string | null;
  problem_count: number | null;
  problem_last_at: number | null;
  problem_last_reason: string | null;
  problem_detail: string | null;
}

/** What the ledger holds of one address of one tenant (as the memory store's record). */
export interface AddressRecord {
  confirmation: ConfirmationState;
  confirmationAt?: number;
  problem?: AddressStatusProblem;
}

export function toRecord(row: AddressRow): AddressRecord {
  const record: AddressRecord = { confirmation: row.confirmation as ConfirmationState };
  if (row.confirmation_at !== null) record.confirmationAt = Number(row.confirmation_at);
  if (row.problem_kind !== null) {
    const problem: { -readonly [K in keyof AddressStatusProblem]: AddressStatusProblem[K] } = {
      kind: row.problem_kind as ProblemKind,
      count: Number(row.problem_count),
      lastAt: Number(row.problem_last_at),
    };
    if (row.problem_last_reason !== null) problem.lastReason = row.problem_last_reason as Reason;
    if (row.problem_detail !== null) problem.detail = fromStored(row.problem_detail);
    record.problem = problem;
  }
  return record;
}

/** The status a record gives (`record` absent: never heard of). */
export function statusOf(
  tenant: string,
  address: string,
  record: AddressRecord | undefined,
  problem = record?.problem,
): AddressStatus {
  const confirmation = record?.confirmation ?? 'unconfirmed';
  return {
    tenant,
    address,
    status: problem === undefined ? confirmation : 'problem',
    confirmation,
    ...(problem === undefined ? {} : { problem }),
    ...(record?.confirmationAt === undefined ? {} : { confirmationAt: record.confirmationAt }),
  };
}

export interface ChangeRow {
  tenant: string;
  recipient_id: string;
  from_address: string | null;
  to_address: string | null;
  actor: string;
  at: number;
}

export function toChange(row: ChangeRow): AddressChange {
  const from = read(row.from_address);
  const to = read(row.to_address);
  return {
    tenant: fromStored(row.tenant),
    recipientId: fromStored(row.recipient_id),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    actor: fromStored(row.actor),
    at: Number(row.at),
  };
}

/** The key of an address of a tenant in maps (either may hold any character). */
export function addressKey(tenant: string, address: string): string {
  return JSON.stringify([tenant, address]);
}
